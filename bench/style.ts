/**
 * Page C of the benchmark: bare MapLibre drawing the app's own picture, and nothing else: the same map as the app's
 * (createMap: style, basemap, labels, every atlas source and layer, the pattern images, the same controls and fonts),
 * with the cells, places and lines of 10 Nov 2020 written into feature-state once, as the app's first frame has them.
 * No store, no panels, no slider, no permalink. A/C is what the app adds around its map; C/B is what the map's own
 * content costs over one fill layer on this machine. Marks `atlas:first-colour` and `atlas:first-idle` like the app.
 */
import { createMap } from '../src/map/create_map.ts';
import { DateStyler } from '../src/map/date_styling.ts';
import { dataUrls, loadData } from '../src/data/load.ts';
import { Atlas } from '../src/model/atlas.ts';
import { markFirstColour } from '../src/map/atlas_layers.ts';

const DAY = '2020-11-10';
// The cells and units come decoded from atlas.topojson, as in the app, and the map is staged as the app's is: the
// cells' colours first, the rest on the first frame that has them.
const data = await loadData();
const map = createMap({
  container: document.getElementById('map')!,
  atlas: { ...dataUrls(), zones: data.zones, boundaries: data.boundaries },
});
const timeline = new Atlas(data, DAY).timeline;
map.once('style.load', () => {
  new DateStyler(map, timeline, data.lines, data.places).apply(DAY);
  markFirstColour(map);
});
map.once('idle', () => performance.mark('atlas:first-idle'));
(window as unknown as { __bench: unknown }).__bench = { map };
