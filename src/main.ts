/** Wiring only: create the map, report problems in plain words. */
// Only the subsets the atlas writes in: Latin (+ Azerbaijani), Cyrillic, Armenian.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import '@fontsource/noto-sans-armenian/armenian-400.css';
import './ui/app.css';
import { createMap, hasWebGL2 } from './map/create_map.ts';
import { showNotice } from './ui/notice.ts';

const mapEl = document.getElementById('map')!;
const notices = document.getElementById('notices')!;

if (!hasWebGL2()) {
  mapEl.classList.add('map-unavailable');
  showNotice(
    notices,
    'error',
    'The map cannot be drawn in this browser.',
    'It needs WebGL 2, which is turned off or not supported here. Try a current Firefox, Chrome, Edge or Safari, or enable hardware acceleration.',
  );
} else {
  const map = createMap({ container: mapEl });
  map.on('error', (e) => {
    const sourceId = (e as { sourceId?: string }).sourceId;
    const what = sourceId ? `The data file for "${sourceId}" could not be loaded.` : 'The map reported an error.';
    showNotice(notices, 'error', what, e.error?.message);
  });
  // Exposed for end-to-end tests and for debugging from the console.
  (window as unknown as { __atlas: unknown }).__atlas = { map };
}
