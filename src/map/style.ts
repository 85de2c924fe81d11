/**
 * The offline MapLibre style: every source and font is served by the app itself.
 * Pure: builds a StyleSpecification from URLs, so it can be validated in Node.
 */
import type {
  StyleSpecification,
  SourceSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StateSpecification,
  ExpressionSpecification,
} from 'maplibre-gl';
import { PALETTE } from './palette.ts';
import { FONT_REGULAR } from './fonts.ts';
import type { FeatureCollection } from 'geojson';
import relief from '../../geo/derived/relief.json';
import { tr } from '../i18n/index.ts';

export interface StyleUrls {
  /** Absolute URL of the basemap GeoJSON (countries, borders, water). */
  basemap: string;
}

/**
 * The same number for every feature, written as a data expression.
 *
 * MapLibre compiles one shader program per layer type and per combination of
 * constant and data-driven paint properties. The atlas's lines carry a
 * data-driven opacity (feature-state) or width; writing the constant ones of
 * the other lines this way lets every solid line share one program and every
 * dashed line another, instead of two each. Each program compiled at start
 * costs a frame's worth of time on a software or phone GPU (see `npm run bench`);
 * tests/unit/style.test.ts fails when a layer would need a program variant of its own.
 */
export function perFeature(value: number): ExpressionSpecification {
  return ['coalesce', ['get', 'atlas_constant'], value];
}

/**
 * The same colour for every feature, written as a data expression, for the same reason as `perFeature`: the settlement
 * dots take their colour from feature-state, so every label's text colour is data-driven and all symbols share one
 * program.
 */
export function perFeatureColour(colour: string): ExpressionSpecification {
  return ['to-color', ['coalesce', ['get', 'atlas_constant_colour'], colour]];
}

/**
 * How every GeoJSON source is cut into tiles. The atlas's geometry is accurate
 * to 1 km at best (geo/README.md), so tiles are cut down to zoom 6 only and
 * overzoomed beyond it: the home view needs 1 to 4 tiles per source instead of
 * about 9, which is less work in the worker and fewer draw calls (measured by
 * `npm run bench`). At zoom 6 a tile unit is about 76 m and a tolerance of 0.1
 * simplifies by at most about 110 m, a tenth of the finest stated accuracy.
 */
export const GEOJSON_TILING = { maxzoom: 6, tolerance: 0.1 } as const;

/** Links to the datasets credited on the map (their names are not translated). */
export const CREDIT_LINKS = {
  osm: '<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
  naturalEarth: '<a href="https://www.naturalearthdata.com/">Natural Earth</a>',
  geonames: '<a href="https://www.geonames.org/">GeoNames</a>',
} as const;

/** The basemap's credits, with the relief's resolution (geo/derived/relief.json, written by geo:build), in the interface's language. */
export function basemapAttribution(): string {
  const res = relief.resolution;
  const reliefCredit = tr.attribution.relief(relief.attribution, res.data_arcmin, Math.round(res.data_km_north_south));
  return tr.attribution.basemap(CREDIT_LINKS.osm, CREDIT_LINKS.naturalEarth, reliefCredit);
}

/** The basemap's lines and names (borders, rivers, lake and country names): a source of their own on the same file. */
export const BASEMAP_DETAIL = 'basemap-detail';

/** The basemap style, with any overlay sources and layers drawn above it. */
export function buildStyle(
  urls: StyleUrls,
  fontFaces?: StyleSpecification['font-faces'],
  overlay: { sources: Record<string, SourceSpecification>; layers: LayerSpecification[]; state?: StateSpecification } = {
    sources: {},
    layers: [],
  },
): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    name: 'Ceasefire Atlas offline',
    ...(fontFaces ? { 'font-faces': fontFaces } : {}),
    ...(overlay.state ? { state: overlay.state } : {}),
    sources: {
      basemap: { type: 'geojson', data: urls.basemap, attribution: basemapAttribution(), ...GEOJSON_TILING },
      // The same file again for the borders, rivers and names: a staged map draws them after the cells' first frame
      // (stageStyle), and layers added to a source re-tile it, so the fills' source is never touched again.
      [BASEMAP_DETAIL]: { type: 'geojson', data: urls.basemap, ...GEOJSON_TILING },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': PALETTE.background } },
      {
        id: 'land-water-fill',
        type: 'fill',
        source: 'basemap',
        filter: ['in', ['get', 'kind'], ['literal', ['country', 'lake']]],
        paint: { 'fill-color': ['match', ['get', 'kind'], 'lake', PALETTE.water, PALETTE.land] },
      },
      {
        id: 'border-line',
        type: 'line',
        source: BASEMAP_DETAIL,
        filter: ['==', ['get', 'kind'], 'border'],
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': PALETTE.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.2, 11, 2.5],
          'line-opacity': perFeature(1),
        },
      },
      {
        id: 'country-label',
        type: 'symbol',
        source: BASEMAP_DETAIL,
        filter: ['==', ['get', 'kind'], 'country-label'],
        layout: {
          'text-field': ['upcase', ['get', 'name']],
          'text-font': [FONT_REGULAR],
          'text-size': 13,
          'text-letter-spacing': 0.15,
        },
        paint: { 'text-color': perFeatureColour(PALETTE.countryLabel), 'text-halo-color': PALETTE.land, 'text-halo-width': 1.5 },
      },
    ],
  };
  style.sources = { ...style.sources, ...overlay.sources };
  // The water goes over the control fills when the overlay places it (atlasLayers does), else on top of the base.
  const water = overlay.layers.some((l) => l.id === 'river-line') ? [] : waterLayers();
  style.layers = [...style.layers, ...water, ...overlay.layers];
  return style;
}

/**
 * Water drawn over the control fills, so the rivers and the Sarsang reservoir show inside the eight units too: the
 * lakes again (the base draws them under the fills), the rivers and their names. Sources: the basemap.
 */
export function waterLayers(): LayerSpecification[] {
  return [
    {
      id: 'lake-over',
      type: 'fill',
      source: 'basemap',
      filter: ['==', ['get', 'kind'], 'lake'],
      // Written as a match, like the base's land and water fill, so both share one program.
      paint: { 'fill-color': ['match', ['get', 'kind'], 'lake', PALETTE.water, PALETTE.land] },
    },
    // Rivers (Natural Earth 1:10m): thin at the home view, wider as the reader zooms in.
    {
      id: 'river-line',
      type: 'line',
      source: BASEMAP_DETAIL,
      filter: ['==', ['get', 'kind'], 'river'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': PALETTE.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.8, 11, 2.4],
        'line-opacity': perFeature(1),
      },
    },
    {
      id: 'lake-label',
      type: 'symbol',
      source: BASEMAP_DETAIL,
      filter: ['==', ['get', 'kind'], 'lake-label'],
      layout: { 'text-field': ['get', 'name'], 'text-font': [FONT_REGULAR], 'text-size': 11 },
      paint: { 'text-color': perFeatureColour('#3b6f91'), 'text-halo-color': '#ffffff', 'text-halo-width': 1 },
    },
    {
      id: 'river-label',
      type: 'symbol',
      source: BASEMAP_DETAIL,
      filter: ['all', ['==', ['get', 'kind'], 'river'], ['has', 'name']],
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': 11,
        'text-letter-spacing': 0.05,
      },
      paint: { 'text-color': perFeatureColour(PALETTE.riverLabel), 'text-halo-color': '#ffffff', 'text-halo-width': 1 },
    },
  ];
}

/** What a staged style leaves for after the first coloured frame: the data of its late sources and their layers. */
export interface LateStage {
  /** Each late source's real data (a URL or GeoJSON), given to it with `setData`. */
  data: Record<string, GeoJSONSourceSpecification['data']>;
  /** The late layers in style order, each with the first-style layer it goes under (none: on top). */
  layers: { layer: LayerSpecification; before?: string }[];
}

/** An empty collection: what a late source holds until the first coloured frame. */
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Splits a style in two stages. The first keeps every source, but the `late` GeoJSON sources hold no feature and the
 * layers drawn from them are left out, so MapLibre neither loads, tiles nor lays them out before the first frame, and
 * compiles no program for them. The second stage gives those sources their data and adds their layers back in their
 * places. The late sources exist from the start, so feature-state can be written to them at once (MapLibre keeps it by
 * id, whatever the source holds). The `lead` source is listed first: MapLibre's worker (one, on two cores) loads the
 * sources in the style's order, so the cells are tiled before the basemap. Pure: returns a new style.
 */
export function stageStyle(
  style: StyleSpecification,
  late: ReadonlySet<string>,
  lead?: string,
): { style: StyleSpecification; late: LateStage } {
  const data: LateStage['data'] = {};
  const entries = Object.entries(style.sources);
  const sources = Object.fromEntries(
    [...entries.filter(([id]) => id === lead), ...entries.filter(([id]) => id !== lead)].map(([id, source]) => {
      if (!late.has(id) || source.type !== 'geojson') return [id, source];
      data[id] = source.data;
      return [id, { ...source, data: EMPTY }];
    }),
  );
  const isLate = (layer: LayerSpecification) => 'source' in layer && typeof layer.source === 'string' && late.has(layer.source);
  const layers: LateStage['layers'] = [];
  style.layers.forEach((layer, i) => {
    if (!isLate(layer)) return;
    const before = style.layers.slice(i + 1).find((next) => !isLate(next));
    layers.push(before ? { layer, before: before.id } : { layer });
  });
  return { style: { ...style, sources, layers: style.layers.filter((layer) => !isLate(layer)) }, late: { data, layers } };
}
