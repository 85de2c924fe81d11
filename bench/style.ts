/**
 * Page C of the benchmark: bare MapLibre with the app's whole style (basemap,
 * labels, every atlas source and layer, the same fonts), and nothing else: no
 * panels, no slider, no date styling. A/C is what the app adds around its map;
 * C/B is what the map's own content costs over one fill layer on this machine.
 * Marks `atlas:first-idle` like the app.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import basemapUrl from '../geo/derived/basemap.geojson?url';
import { buildStyle } from '../src/map/style.ts';
import { fontFaces } from '../src/map/fonts.ts';
import { atlasLayers, atlasSources, ATLAS_STATE } from '../src/map/atlas_layers.ts';
import { dataUrls, loadData } from '../src/data/load.ts';
import { HOME_BOUNDS } from '../src/map/create_map.ts';

maplibregl.setWorkerUrl(workerUrl); // as create_map.ts does; set here too so the page stands alone

const base = document.baseURI;
// The cells and units come decoded from atlas.topojson, as in the app.
const { zones, boundaries } = await loadData();
const map = new maplibregl.Map({
  container: 'map',
  bounds: HOME_BOUNDS,
  canvasContextAttributes: { preserveDrawingBuffer: true },
  style: buildStyle({ basemap: new URL(basemapUrl, base).href }, fontFaces(base), {
    sources: atlasSources({ ...dataUrls(base), zones, boundaries }),
    layers: atlasLayers(),
    state: ATLAS_STATE,
  }),
});
map.once('idle', () => performance.mark('atlas:first-idle'));
(window as unknown as { __bench: unknown }).__bench = { map };
