/**
 * The offline MapLibre style: every source and font is served by the app itself.
 * Pure: builds a StyleSpecification from URLs, so it can be validated in Node.
 */
import type { StyleSpecification, SourceSpecification, LayerSpecification } from 'maplibre-gl';
import { PALETTE } from './palette.ts';
import { FONT_REGULAR } from './fonts.ts';

export interface StyleUrls {
  /** Absolute URL of the basemap GeoJSON (countries, borders, water). */
  basemap: string;
}

export const ATTRIBUTION =
  'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)';

/** The basemap style, with any overlay sources and layers drawn above it. */
export function buildStyle(
  urls: StyleUrls,
  fontFaces?: StyleSpecification['font-faces'],
  overlay: { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] } = { sources: {}, layers: [] },
): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    name: 'Ceasefire Atlas offline',
    ...(fontFaces ? { 'font-faces': fontFaces } : {}),
    sources: {
      basemap: { type: 'geojson', data: urls.basemap, attribution: ATTRIBUTION },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': PALETTE.background } },
      {
        id: 'country-fill',
        type: 'fill',
        source: 'basemap',
        filter: ['==', ['get', 'kind'], 'country'],
        paint: { 'fill-color': PALETTE.land },
      },
      {
        id: 'lake-fill',
        type: 'fill',
        source: 'basemap',
        filter: ['==', ['get', 'kind'], 'lake'],
        paint: { 'fill-color': PALETTE.water },
      },
      {
        id: 'river-line',
        type: 'line',
        source: 'basemap',
        filter: ['==', ['get', 'kind'], 'river'],
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': PALETTE.waterLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.8, 11, 2.5] },
      },
      {
        id: 'border-line',
        type: 'line',
        source: 'basemap',
        filter: ['==', ['get', 'kind'], 'border'],
        layout: { 'line-join': 'round' },
        paint: { 'line-color': PALETTE.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.2, 11, 2.5] },
      },
      {
        id: 'river-label',
        type: 'symbol',
        source: 'basemap',
        filter: ['==', ['get', 'kind'], 'river'],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [FONT_REGULAR],
          'text-size': 11,
          'symbol-placement': 'line',
        },
        paint: { 'text-color': '#3b6f91', 'text-halo-color': '#ffffff', 'text-halo-width': 1 },
      },
      {
        id: 'lake-label',
        type: 'symbol',
        source: 'basemap',
        filter: ['==', ['get', 'kind'], 'lake-label'],
        layout: { 'text-field': ['get', 'name'], 'text-font': [FONT_REGULAR], 'text-size': 11 },
        paint: { 'text-color': '#3b6f91', 'text-halo-color': '#ffffff', 'text-halo-width': 1 },
      },
      {
        id: 'country-label',
        type: 'symbol',
        source: 'basemap',
        filter: ['==', ['get', 'kind'], 'country-label'],
        layout: {
          'text-field': ['upcase', ['get', 'name']],
          'text-font': [FONT_REGULAR],
          'text-size': 13,
          'text-letter-spacing': 0.15,
        },
        paint: { 'text-color': PALETTE.countryLabel, 'text-halo-color': PALETTE.land, 'text-halo-width': 1.5 },
      },
    ],
  };
  style.sources = { ...style.sources, ...overlay.sources };
  style.layers = [...style.layers, ...overlay.layers];
  return style;
}
