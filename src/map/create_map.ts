/**
 * Creates the MapLibre map with the offline style. The only module that
 * touches MapLibre's constructor, worker URL and controls.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import basemapUrl from '../../geo/derived/basemap.geojson?url';
import { HOME_BOUNDS, MAX_BOUNDS, MIN_ZOOM, MAX_ZOOM } from '../model/vocabulary.ts';
import { buildStyle, stageStyle, type LateStage } from './style.ts';
import { PATTERN_IMAGES, markPixels } from './palette.ts';
import { fontFaces } from './fonts.ts';
import { atlasLayers, atlasSources, onFirstColour, ATLAS_STATE, LATE_SOURCES, type AtlasSourcesData } from './atlas_layers.ts';
import { tr } from '../i18n/index.ts';

maplibregl.setWorkerUrl(workerUrl);

/**
 * Starts MapLibre's worker before the map is built. The worker script is the
 * biggest file the map needs and is compiled in the worker; started here, that
 * overlaps with building the map on the main thread.
 */
export function startMapWorker(): void {
  maplibregl.prewarm();
}

/** Stops the worker started by `startMapWorker` when no map will use it. */
export function stopMapWorker(): void {
  maplibregl.clearPrewarmedResources();
}

export { HOME_BOUNDS, MAX_BOUNDS, MIN_ZOOM, MAX_ZOOM };

export interface CreateMapOptions {
  container: HTMLElement;
  /** The atlas data files, loaded with the basemap in one style load. */
  atlas?: AtlasSourcesData;
  /** Keep the drawing buffer so tests and PNG export can read pixels. */
  preserveDrawingBuffer?: boolean;
}

const lateAdded = new WeakMap<maplibregl.Map, Promise<void>>();

/**
 * Resolves once every layer of the map's style is in. A map with the atlas draws the cells' colours first and the rest
 * after them (`stageStyle`, LATE_SOURCES); layer switches must then be applied again.
 */
export function lateLayersAdded(map: maplibregl.Map): Promise<void> {
  return lateAdded.get(map) ?? Promise.resolve();
}

export function createMap({ container, atlas, preserveDrawingBuffer = true }: CreateMapOptions): maplibregl.Map {
  const base = document.baseURI;
  const overlay = atlas ? { sources: atlasSources(atlas), layers: atlasLayers(), state: ATLAS_STATE } : undefined;
  const full = buildStyle({ basemap: new URL(basemapUrl, base).href }, fontFaces(base), overlay);
  const { style, late } = atlas ? stageStyle(full, LATE_SOURCES, 'zones') : { style: full, late: undefined };
  const credits = Object.values(style.sources).flatMap((source) =>
    'attribution' in source && source.attribution ? [source.attribution] : [],
  );
  const map = new maplibregl.Map({
    container,
    style,
    bounds: HOME_BOUNDS,
    maxBounds: MAX_BOUNDS,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    // The credits of every source, given up front: MapLibre otherwise fills them in as each source loads in its worker,
    // and the home view, fitted clear of the corner they sit in while the style loads, would be framed for a smaller box.
    attributionControl: { compact: true, customAttribution: credits },
    canvasContextAttributes: { preserveDrawingBuffer },
    // MapLibre's own words (zoom buttons, scale, attribution toggle) in the interface's language.
    locale: tr.maplibre,
  });
  // The pattern tiles (palette.ts), made here rather than fetched (no sprite request), and added before the style has
  // loaded: left for `styleimagemissing`, each tile of the cells waited for a round trip from the worker to a main
  // thread busy drawing the first frames (about 0.3 s on the first coloured frame in interleaved cold loads; README,
  // Performance), and MapLibre warned that the images were missing.
  const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
  for (const p of PATTERN_IMAGES) map.addImage(p.id, markPixels(p.kind, p.colour, ratio), { pixelRatio: ratio });
  if (late) lateAdded.set(map, addWhenColoured(map, late));
  map.addControl(new maplibregl.NavigationControl({ visualizePitch: true }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  return map;
}

/**
 * Gives the late sources their data and adds the late layers in their places, on the first frame drawn with the cells
 * loaded. Their data is then loaded and tiled while the reader already sees the colours (README, Performance). A map
 * removed before that adds nothing (the promise then stays pending).
 */
function addWhenColoured(map: maplibregl.Map, late: LateStage): Promise<void> {
  return new Promise((resolve) => {
    const stop = onFirstColour(map, () => {
      // A failed load is reported by the map's `error` event, with the source's id.
      for (const [id, data] of Object.entries(late.data))
        void map
          .getSource<maplibregl.GeoJSONSource>(id)
          ?.setData(data)
          .catch(() => {});
      for (const { layer, before } of late.layers) map.addLayer(layer, before);
      resolve();
    });
    map.once('remove', stop);
  });
}

/** True when this browser can give MapLibre a WebGL2 context. */
export function hasWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return canvas.getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
