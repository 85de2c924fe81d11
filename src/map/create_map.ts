/**
 * Creates the MapLibre map with the offline style. The only module that
 * touches MapLibre's constructor, worker URL and controls.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import basemapUrl from '../../geo/derived/basemap.geojson?url';
import { buildStyle } from './style.ts';
import { fontFaces } from './fonts.ts';
import { atlasLayers, atlasSources, ATLAS_STATE, type AtlasUrls } from './atlas_layers.ts';

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

/** The NKAO and the seven adjacent districts, with a margin (W, S, E, N). */
export const HOME_BOUNDS: [number, number, number, number] = [45.75, 38.85, 47.45, 40.45];
/** How far the user may pan: the basemap extent. */
export const MAX_BOUNDS: [number, number, number, number] = [43.5, 37.6, 49.0, 41.7];
export const MIN_ZOOM = 5;
export const MAX_ZOOM = 14;

export interface CreateMapOptions {
  container: HTMLElement;
  /** The atlas data files, loaded with the basemap in one style load. */
  atlas?: AtlasUrls;
  /** Keep the drawing buffer so tests and PNG export can read pixels. */
  preserveDrawingBuffer?: boolean;
}

export function createMap({ container, atlas, preserveDrawingBuffer = true }: CreateMapOptions): maplibregl.Map {
  const base = document.baseURI;
  const overlay = atlas ? { sources: atlasSources(atlas), layers: atlasLayers(), state: ATLAS_STATE } : undefined;
  const style = buildStyle({ basemap: new URL(basemapUrl, base).href }, fontFaces(base), overlay);
  const map = new maplibregl.Map({
    container,
    style,
    bounds: HOME_BOUNDS,
    maxBounds: MAX_BOUNDS,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    attributionControl: { compact: true },
    canvasContextAttributes: { preserveDrawingBuffer },
  });
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
