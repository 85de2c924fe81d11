/**
 * Shaded relief: one image (geo/derived/relief.png, computed by `npm run geo:build` from NOAA's ETOPO5), placed by
 * its four corners. It is added once the map has drawn its first coloured frame, so it never delays that frame, and
 * sits over the control fills (it is mostly transparent) and under the water, outlines and lines. It fades out from
 * zoom 8 to 11, where its 5′ (about 9 km) cells become blocks.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import reliefUrl from '../../geo/derived/relief.png?url';
import relief from '../../geo/derived/relief.json';

export function addRelief(map: MapLibreMap, beforeId: string): void {
  if (map.getSource('relief')) return;
  map.addSource('relief', {
    type: 'image',
    url: new URL(reliefUrl, document.baseURI).href,
    coordinates: relief.coordinates as [[number, number], [number, number], [number, number], [number, number]],
  });
  map.addLayer(
    {
      id: 'relief',
      type: 'raster',
      source: 'relief',
      paint: {
        'raster-opacity': ['interpolate', ['linear'], ['zoom'], 8, 0.8, 11, 0],
        'raster-resampling': 'linear',
        'raster-fade-duration': 0,
      },
    },
    map.getLayer(beforeId) ? beforeId : undefined,
  );
}
