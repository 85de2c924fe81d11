/**
 * Says when the atlas is working from the copy saved on this device: while the browser has no network and the page is
 * in the hands of the service worker (src/offline/sw.js, which answers from its cache what the network cannot), a
 * notice names the data version of that copy. A page without the worker (a first visit, the dev server) says nothing:
 * it has no saved copy to fall back on.
 */
import { showNotice } from './notice.ts';
import { tr } from '../i18n/index.ts';

export function watchConnection(container: HTMLElement, version: string): () => void {
  let box: HTMLElement | undefined;
  const update = () => {
    if (!navigator.onLine && navigator.serviceWorker?.controller && !box?.isConnected)
      box = showNotice(container, 'info', tr.offline.title, tr.offline.detail(version));
    else if (navigator.onLine) {
      box?.remove();
      box = undefined;
    }
  };
  update();
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  return () => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
    box?.remove();
  };
}
