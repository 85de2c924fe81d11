/**
 * Says when the atlas is showing the copy saved on this device: while the browser has no network, a notice names
 * the data version of that copy. The service worker (src/offline/sw.js) serves the page from its cache only when the
 * network fails, so offline is exactly when the reader sees the saved copy.
 */
import { showNotice } from './notice.ts';

export function watchConnection(container: HTMLElement, version: string): () => void {
  let box: HTMLElement | undefined;
  const update = () => {
    if (!navigator.onLine && !box?.isConnected)
      box = showNotice(
        container,
        'info',
        'You are offline: this is the copy of the atlas saved on this device.',
        `It holds data version ${version}, saved on your last visit with a connection. Everything in it works; newer data comes with the next visit online.`,
      );
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
