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

const byId = (id: string) => document.getElementById(id)!;
// The date slider is far down the tab order (header tools, map, legend, panels): the first Tab stop skips to it.
document.body.prepend(skipLink('Skip to the date slider', 'date-input'));
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

async function main(): Promise<void> {
  // MapLibre's worker starts while the data loads. The map is built once the data is in, with the cells in its first
  // style: every source then goes to the worker at once and the cells are tiled with the basemap, not queued behind it,
  // which brings the first coloured frame forward (npm run bench).
  startMapWorker();
  let data;
  try {
    data = await loadData();
    performance.mark('atlas:data-loaded');
  } catch (e) {
    stopMapWorker();
    const file = e instanceof DataLoadError ? e.file : 'a data file';
    showNotice(els.notices, 'error', `The map data could not be loaded (${file}).`, (e as Error).message);
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
  const app = startApp(data, els, new Date().toISOString().slice(0, 10), map && styleReady ? { map, styleReady } : undefined, failure);
  if (embed) {
    const full = document.createElement('a');
    full.textContent = 'Open the full atlas';
    full.target = '_blank';
    full.rel = 'noopener';
    full.href = window.location.pathname;
    // The hash follows the view, so the link is completed when it is used.
    full.addEventListener('click', () => (full.href = `${window.location.pathname}${window.location.hash}`));
    els.headerTools.append(full);
  }
  // Exposed for end-to-end tests and for debugging from the console.
  (window as unknown as { __atlas: unknown }).__atlas = app;
  // The offline copy (src/offline/sw.js) is saved once the map is drawn, so it never competes with the first frames.
  void (app.adapter?.firstIdle ?? Promise.resolve()).then(saveOfflineCopy);
}

/** Registers the service worker of the production build, which saves this version of the app for use offline. */
function saveOfflineCopy(): void {
  // Not inside another site's page (embed=1): its readers did not come for the atlas.
  if (!import.meta.env.PROD || embed || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js').catch((e: unknown) => console.warn('The offline copy could not be saved:', e));
}

watchConnection(els.notices, DATA_VERSION);

void main();
