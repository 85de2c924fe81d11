/** Entry point: fonts and styles, then load the data and start the app, reporting failures in plain words. */
// Only the subsets the atlas writes in: Latin (+ Azerbaijani), Cyrillic, Armenian; bold for Latin headings only.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans-armenian/armenian-400.css';
import './ui/app.css';
import { loadData, DataLoadError, dataUrls, type LoadedData } from './data/load.ts';
import { startApp } from './app/app.ts';
import { createMap, hasWebGL2, startMapWorker, stopMapWorker } from './map/create_map.ts';
import { showNotice } from './ui/notice.ts';
import { skipLink } from './ui/skip_link.ts';
import { watchConnection } from './ui/offline.ts';
import { DATA_VERSION } from './data/downloads.ts';
import * as i18n from './i18n/index.ts';

const byId = (id: string) => document.getElementById(id)!;
const els = {
  map: byId('map'),
  side: byId('side'),
  controls: byId('controls'),
  notices: byId('notices'),
  headerTools: byId('header-tools'),
};

// ?embed=1: a minimal explorer for iframes (map, slider, legend; no side panels).
const embed = new URLSearchParams(window.location.search).get('embed') === '1';
if (embed) document.body.classList.add('embed');

/**
 * The map, or why there is none (the app then shows its tables instead). WebGL2
 * is probed only after a failure, to tell the reader which it was: a probe
 * context up front would cost a second context on every load.
 */
function tryCreateMap(
  data: LoadedData,
): { map: ReturnType<typeof createMap>; failure?: undefined } | { map?: undefined; failure?: string } {
  try {
    return { map: createMap({ container: els.map, atlas: { ...dataUrls(), zones: data.zones, boundaries: data.boundaries } }) };
  } catch (e) {
    stopMapWorker();
    return { failure: hasWebGL2() ? (e as Error).message : undefined };
  }
}

/**
 * The interface's language: the link's `lang`, else the browser's first language that is one of the four, else
 * English. The page's own words (title, tagline, landmarks) follow it here; the app's, as it builds.
 */
async function chooseLanguage(): Promise<i18n.UiLang | undefined> {
  const linked = new URLSearchParams(window.location.hash.slice(1)).get('lang');
  const lang = i18n.pickLang(linked, navigator.languages);
  let failed: unknown;
  try {
    await i18n.useLang(lang);
  } catch (e) {
    // A table that cannot be fetched (offline before the copy was saved): the interface stays in English, says so, and
    // its links do not claim the language it could not show.
    failed = e;
  }
  const { tr } = i18n;
  if (failed) showNotice(els.notices, 'warning', tr.errors.langLoad(i18n.LANG_NAMES[lang]), (failed as Error).message);
  document.documentElement.lang = i18n.lang;
  document.title = tr.app.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', tr.app.description);
  byId('tagline').textContent = tr.app.tagline;
  els.map.setAttribute('aria-label', tr.app.mapLabel);
  els.side.setAttribute('aria-label', tr.app.sideLabel);
  // The date slider is far down the tab order (header tools, map, legend, panels): the first Tab stop skips to it.
  document.body.prepend(skipLink(tr.app.skipToSlider, 'date-input'));
  return i18n.isUiLang(linked) && !failed ? lang : undefined;
}

async function main(): Promise<void> {
  // MapLibre's worker starts while the data loads. The map is built once the data is in, with the cells in its first
  // style: every source then goes to the worker at once and the cells are tiled with the basemap, not queued behind it,
  // which brings the first coloured frame forward (npm run bench).
  startMapWorker();
  // The interface's words (a small file for a language other than English) come with the data, not before it.
  const [chosenLang, loaded] = await Promise.all([
    chooseLanguage(),
    loadData().then(
      (data) => ({ data }),
      (error: unknown) => ({ error }),
    ),
  ]);
  watchConnection(els.notices, DATA_VERSION);
  let data;
  try {
    if ('error' in loaded) throw loaded.error;
    data = loaded.data;
    performance.mark('atlas:data-loaded');
  } catch (e) {
    stopMapWorker();
    const file = e instanceof DataLoadError ? e.file : i18n.tr.errors.aDataFile;
    showNotice(els.notices, 'error', i18n.tr.errors.dataLoad(file), (e as Error).message);
    return;
  }
  const { map, failure } = tryCreateMap(data);
  const styleReady = map
    ? new Promise<void>((resolve) => {
        const ready = () => {
          performance.mark('atlas:style-ready');
          resolve();
        };
        if (map.isStyleLoaded()) ready();
        else map.once('style.load', ready);
      })
    : undefined;
  const app = startApp(
    data,
    els,
    new Date().toISOString().slice(0, 10),
    map && styleReady ? { map, styleReady } : undefined,
    failure,
    chosenLang,
  );
  if (embed) {
    const full = document.createElement('a');
    full.textContent = i18n.tr.app.openFull;
    full.target = '_blank';
    full.rel = 'noopener';
    full.href = window.location.pathname;
    // The hash follows the view, so the link is completed when it is used.
    full.addEventListener('click', () => (full.href = `${window.location.pathname}${window.location.hash}`));
    els.headerTools.append(full);
  }
  // Exposed for end-to-end tests and for debugging from the console.
  (window as unknown as { __atlas: unknown }).__atlas = app;
  // The interface's tables too: tests/e2e/i18n.spec.ts lists the words on screen that are not in the language's table.
  (window as unknown as { __i18n: unknown }).__i18n = { lang: i18n.lang, en: i18n.en, tr: i18n.tr };
  // The offline copy (src/offline/sw.js) is saved once the map is drawn, so it never competes with the first frames.
  void (app.adapter?.firstIdle ?? Promise.resolve()).then(saveOfflineCopy);
}

/** Registers the service worker of the production build, which saves this version of the app for use offline. */
function saveOfflineCopy(): void {
  // Not inside another site's page (embed=1): its readers did not come for the atlas.
  if (!import.meta.env.PROD || embed || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js').catch((e: unknown) => console.warn('The offline copy could not be saved:', e));
}

void main();
