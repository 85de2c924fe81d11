/* global self, caches, fetch, URL */
/**
 * The atlas's service worker: after one visit the app opens without a network. The build (vite.config.ts,
 * `offlineCopy`) writes it to sw.js with the list of the files of that build and a cache name made from their
 * contents, so each deployed version gets a cache of its own, filled when it installs. A new version waits until no
 * page of the old one is open (no skipWaiting: an open page of the old version keeps the files it may still ask for),
 * then deletes the older caches. Only GET requests to the app's own origin are answered; nothing from another origin
 * is ever cached. The page itself is fetched from the network first (so a new version is seen at once) and from the
 * cache when there is no network; the other files (named by their content hash, but for the icon) from the cache.
 */
const CACHE = '__ATLAS_CACHE__';
const FILES = self.__ATLAS_FILES__;
const PREFIX = 'ceasefire-atlas-';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches
          .open(CACHE)
          .then((cache) => cache.match(request, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit || cache.match('./'))),
      ),
    );
    return;
  }
  event.respondWith(
    caches
      .open(CACHE)
      // A file named by its content hash is the same for every request (servers may add `Vary: Origin`).
      .then((cache) => cache.match(request, { ignoreVary: true }))
      .then((hit) => hit || fetch(request)),
  );
});
