/**
 * Page B of the benchmark: the best MapLibre allows on this machine for the
 * same data, with none of the app. One GeoJSON fill layer of the same zones,
 * same framing, same canvas options. Marks `atlas:first-idle` like the app.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import zonesUrl from '../geo/zones.geojson?url';

maplibregl.setWorkerUrl(workerUrl);

const map = new maplibregl.Map({
  container: 'map',
  bounds: [45.75, 38.85, 47.45, 40.45],
  canvasContextAttributes: { preserveDrawingBuffer: true },
  style: {
    version: 8,
    sources: { zones: { type: 'geojson', data: new URL(zonesUrl, document.baseURI).href } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
      { id: 'zones', type: 'fill', source: 'zones', paint: { 'fill-color': '#93aec7' } },
    ],
  },
});
map.once('idle', () => performance.mark('atlas:first-idle'));
(window as unknown as { __bench: unknown }).__bench = { map };
