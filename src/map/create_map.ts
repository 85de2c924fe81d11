/**
 * Creates the MapLibre map with the offline style. The only module that
 * touches MapLibre's constructor, worker URL and controls.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import basemapUrl from '../../geo/derived/basemap.geojson?url';
import { HOME_BOUNDS, MAX_BOUNDS, MIN_ZOOM, MAX_ZOOM } from '../model/vocabulary.ts';
import { buildStyle } from './style.ts';
import { PATTERN_IMAGES, markPixels } from './palette.ts';
import { fontFaces } from './fonts.ts';
import { atlasLayers, atlasSources, ATLAS_STATE, type AtlasSourcesData } from './atlas_layers.ts';

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

export function createMap({ container, atlas, preserveDrawingBuffer = true }: CreateMapOptions): maplibregl.Map {
  const base = document.baseURI;
  const overlay = atlas ? { sources: atlasSources(atlas), layers: atlasLayers(), state: ATLAS_STATE } : undefined;
  const style = buildStyle({ basemap: new URL(basemapUrl, base).href }, fontFaces(base), overlay);
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
  });
  // The pattern tiles (palette.ts), made here rather than fetched (no sprite request), and added before the style has
  // loaded: left for `styleimagemissing`, each tile of the cells waited for a round trip from the worker to a main
  // thread busy drawing the first frames (about 0.3 s on the first coloured frame in interleaved cold loads; README,
  // Performance), and MapLibre warned that the images were missing.
  const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
  for (const p of PATTERN_IMAGES) map.addImage(p.id, markPixels(p.kind, p.colour, ratio), { pixelRatio: ratio });
  map.addControl(new maplibregl.NavigationControl({ visualizePitch: true }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  return map;
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
