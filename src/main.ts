/** Wiring only: load data, build the model, create the map and the controls. */
// Only the subsets the atlas writes in: Latin (+ Azerbaijani), Cyrillic, Armenian.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import '@fontsource/noto-sans-armenian/armenian-400.css';
import './ui/app.css';
import { createMap, hasWebGL2 } from './map/create_map.ts';
import { atlasLayers, atlasSources } from './map/atlas_layers.ts';
import { DateStyler } from './map/date_styling.ts';
import { showNotice } from './ui/notice.ts';
import { DateSlider } from './ui/date_slider.ts';
import { loadData, DataLoadError } from './data/load.ts';
import { Atlas } from './model/atlas.ts';

const DEFAULT_DAY = '2020-11-10';
const today = new Date().toISOString().slice(0, 10);

const mapEl = document.getElementById('map')!;
const notices = document.getElementById('notices')!;
const controls = document.getElementById('controls')!;

async function start(): Promise<void> {
  let data;
  try {
    data = await loadData();
  } catch (e) {
    const file = e instanceof DataLoadError ? e.file : 'a data file';
    showNotice(notices, 'error', `The map data could not be loaded (${file}).`, (e as Error).message);
    return;
  }
  const atlas = new Atlas(data, today);
  let day = DEFAULT_DAY;

  const slider = new DateSlider({
    timeline: atlas.timeline,
    day,
    onChange: (d) => {
      day = d;
      styler?.apply(d);
    },
  });
  controls.append(slider.element);

  if (!hasWebGL2()) {
    mapEl.classList.add('map-unavailable');
    showNotice(
      notices,
      'error',
      'The map cannot be drawn in this browser.',
      'It needs WebGL 2, which is turned off or not supported here. The timeline still works below.',
    );
    return;
  }

  const map = createMap({ container: mapEl, globalState: { date: day, names: 'en' } });
  let styler: DateStyler | undefined;
  map.on('error', (e) => {
    const sourceId = (e as { sourceId?: string }).sourceId;
    const what = sourceId ? `The data for "${sourceId}" could not be drawn.` : 'The map reported an error.';
    showNotice(notices, 'error', what, e.error?.message);
  });
  map.on('load', () => {
    for (const [id, source] of Object.entries(atlasSources(data))) map.addSource(id, source);
    for (const layer of atlasLayers()) map.addLayer(layer);
    styler = new DateStyler(map, atlas.timeline);
    styler.apply(day);
  });
  // Exposed for end-to-end tests and for debugging from the console.
  (window as unknown as { __atlas: unknown }).__atlas = { map, atlas, slider };
}

void start();
