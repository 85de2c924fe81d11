/**
 * Sources and layers of the atlas data over the basemap. Dates never rebuild
 * anything: zones are coloured from feature-state (set by the date
 * controller from the model), lines show through feature-state `valid`.
 */
import type { LayerSpecification, SourceSpecification, ExpressionSpecification, StateSpecification } from 'maplibre-gl';
import { HOLDER_COLOURS, PATTERN_IMAGES, PALETTE, PLACE_DOT_COLOURS, PLACE_OUTSIDE_COLOUR, TRANSITION_COLOURS } from './palette.ts';
import { FONT_REGULAR } from './fonts.ts';
import { perFeature, perFeatureColour, waterLayers, GEOJSON_TILING, BASEMAP_DETAIL, CREDIT_LINKS } from './style.ts';
import { tr } from '../i18n/index.ts';
import districtLabels from '../../geo/derived/district-labels.json';
import { version as dataVersion } from '../../geo/derived/version.json';
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerKey } from '../model/vocabulary.ts';

/** The credits of the atlas's own sources, in the interface's language. */
const atlasAttribution = () => tr.attribution.atlas(CREDIT_LINKS.naturalEarth, dataVersion);
const placesAttribution = () => tr.attribution.places(CREDIT_LINKS.geonames);

/** Which style layers each layer switch of the legend shows or hides. */
export const LAYERS_BY_KEY: Record<LayerKey, readonly string[]> = {
  zones: ['zone-fill', ...PATTERN_IMAGES.map((p) => `zone-${p.id}`), 'zone-highlight'],
  districts: ['district-outline', 'district-label'],
  lines: ['line-1994', 'line-2020', 'line-highlight'],
  corridor: ['corridor-road'],
  peacekeeping: ['peacekeeping-outline'],
  places: ['place-dot', 'place-label'],
};

/**
 * Shows the atlas layers of the keys in `visible` and hides the others. Layers
 * already as asked are left alone: any visibility change makes MapLibre reload
 * the layer's source, and an unset visibility means visible.
 */
export function showLayers(map: MapLibreMap, visible: readonly LayerKey[]): void {
  for (const [key, ids] of Object.entries(LAYERS_BY_KEY) as [LayerKey, readonly string[]][]) {
    const visibility = visible.includes(key) ? 'visible' : 'none';
    for (const id of ids) {
      if (map.getLayer(id) && (map.getLayoutProperty(id, 'visibility') ?? 'visible') !== visibility)
        map.setLayoutProperty(id, 'visibility', visibility);
    }
  }
}

/**
 * Where the atlas sources come from: the lines and places by URL (loaded by MapLibre's worker), the cells and units
 * as data decoded from atlas.topojson.
 */
export interface AtlasSourcesData {
  lines: string;
  places: string;
  zones: FeatureCollection;
  boundaries: FeatureCollection;
}

/**
 * The cells or units as the map needs them: geometry and id. Their records (history, sources, licence: most of
 * atlas.topojson) stay with the model; copied into MapLibre they would be cloned to its worker and carried through
 * every tile, which delayed the first coloured frame.
 */
export function mapFeatures(collection: FeatureCollection): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { id: f.properties?.id as string } })),
  };
}

/**
 * The sources whose data and layers can wait for the first coloured frame (`stageStyle`): the basemap's borders,
 * rivers and names, the cells' marks (their patterns and selection outline, drawn from a copy of the cells so that
 * adding them does not re-tile the cells), the units, the lines and the places. The first frames draw fills only: the
 * land, the lakes and the cells' colours, which is what a reader needs first; the rest follows within the same second.
 */
export const LATE_SOURCES: ReadonlySet<string> = new Set([
  BASEMAP_DETAIL,
  'zone-marks',
  'boundaries',
  'district-labels',
  'lines',
  'places',
]);

/**
 * The atlas sources, all in the map's first style. Lines and places go by URL, so MapLibre's worker loads them with the
 * basemap; the cells and units are decoded by the app from one topology (shared edges stored once). The
 * district label points (built by geo/build.ts) are bundled, so they need no request.
 */
export function atlasSources(urls: AtlasSourcesData): Record<string, SourceSpecification> {
  return {
    zones: { type: 'geojson', data: mapFeatures(urls.zones), promoteId: 'id', attribution: atlasAttribution(), ...GEOJSON_TILING },
    'zone-marks': { type: 'geojson', data: mapFeatures(urls.zones), promoteId: 'id', ...GEOJSON_TILING },
    boundaries: { type: 'geojson', data: mapFeatures(urls.boundaries), promoteId: 'id', ...GEOJSON_TILING },
    'district-labels': { type: 'geojson', data: districtLabels as FeatureCollection, ...GEOJSON_TILING },
    lines: { type: 'geojson', data: urls.lines, promoteId: 'id', ...GEOJSON_TILING },
    places: { type: 'geojson', data: urls.places, promoteId: 'id', attribution: placesAttribution(), ...GEOJSON_TILING },
  };
}

/**
 * Calls `then` once, on the first frame drawn with the cells' source loaded: with the day's feature-state (written when
 * the style loads), the frame where the reader first sees who held what. Returns a function that stops listening.
 */
export function onFirstColour(map: MapLibreMap, then: () => void): () => void {
  const coloured = () => {
    if (!map.getSource('zones') || !map.isSourceLoaded('zones')) return;
    map.off('render', coloured);
    then();
  };
  map.on('render', coloured);
  return () => map.off('render', coloured);
}

/** Marks `atlas:first-colour` on that frame (`npm run bench` reads the mark). Call it once the style has loaded. */
export function markFirstColour(map: MapLibreMap): () => void {
  return onFirstColour(map, () => performance.mark('atlas:first-colour'));
}

/**
 * The style's global state and its defaults. Starting from the defaults means
 * a default view sets nothing after load, so no source is laid out twice.
 */
export const ATLAS_STATE: StateSpecification = {
  names: { default: 'en' },
  comparing: { default: false },
};

/**
 * Lines show only while valid on the day shown. Validity comes from the model
 * as feature-state `valid` (set by the date styler): a paint-only change, so a
 * date change never re-tiles a source (a filter on a global-state variable
 * would make MapLibre reload the source in its worker).
 */
const whileValid: ExpressionSpecification = ['case', ['boolean', ['feature-state', 'valid'], false], 1, 0];

/** Cities at every zoom, towns from zoom 7, villages, heights and landmarks from zoom 9, where there is room for them. */
export const PLACE_MIN_ZOOM = { city: 0, town: 7, village: 9, height: 9, landmark: 9 } as const;
const placeMinZoom = ['match', ['get', 'kind'], ...Object.entries(PLACE_MIN_ZOOM).flat(), 9] as unknown as ExpressionSpecification;
const PLACES_SHOWN: ExpressionSpecification = ['>=', ['zoom'], placeMinZoom];

/** A line of one `kind` from the lines source, drawn only while valid on the day shown. */
function datedLine(id: string, kind: string, colour: string, width: number, dash?: number[]): LayerSpecification {
  return {
    id,
    type: 'line',
    source: 'lines',
    filter: ['==', ['get', 'kind'], kind],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    // Dashed lines share a program with the district outline, whose width is data-driven.
    paint: {
      'line-color': colour,
      'line-width': dash ? perFeature(width) : width,
      'line-opacity': whileValid,
      ...(dash ? { 'line-dasharray': dash } : {}),
    },
  };
}

/** The name in the convention held by the `names` global state (en, hy, az, ru), English as fallback. */
const nameField: ExpressionSpecification = ['coalesce', ['get', ['global-state', 'names']], ['get', 'en']];

/** A height's label: its name, and below it its elevation where places.csv gives one ("3,724 m"). */
const placeLabel: ExpressionSpecification = [
  'case',
  ['has', 'ele_m'],
  ['format', nameField, {}, '\n', {}, ['concat', ['number-format', ['get', 'ele_m'], { locale: 'en' }], ' m'], { 'font-scale': 0.85 }],
  nameField,
];

/**
 * A constant pattern over the cells of one holder on the day shown (and `also`, when given), off while comparing: a
 * date change only changes the feature-state the opacity reads.
 */
function patternLayer(id: string, image: string, holder: string, also?: ExpressionSpecification): LayerSpecification {
  const when: ExpressionSpecification[] = [
    ['!', ['boolean', ['global-state', 'comparing'], false]],
    ['==', ['feature-state', 'holder'], holder],
    ...(also ? [also] : []),
  ];
  return {
    id,
    type: 'fill',
    source: 'zone-marks',
    paint: { 'fill-pattern': image, 'fill-opacity': ['case', ['all', ...when], 1, 0], 'fill-antialias': false },
  };
}

export function atlasLayers(): LayerSpecification[] {
  return [
    {
      id: 'zone-fill',
      type: 'fill',
      source: 'zones',
      paint: {
        // Normally the holder on the day shown; in compare mode, what changed between the two days.
        'fill-color': [
          'case',
          ['boolean', ['global-state', 'comparing'], false],
          [
            'match',
            ['feature-state', 'change'],
            ...Object.entries(TRANSITION_COLOURS).flat(),
            TRANSITION_COLOURS.same!,
          ] as ExpressionSpecification,
          [
            'match',
            ['feature-state', 'holder'],
            'armenian',
            HOLDER_COLOURS.armenian,
            'azerbaijani',
            HOLDER_COLOURS.azerbaijani,
            'peacekeepers',
            HOLDER_COLOURS.peacekeepers,
            'rgba(0,0,0,0)',
          ],
        ],
        'fill-antialias': false,
      },
    },
    // The holders' second cue: a pattern over the fill of the cells of that holder on the day shown (feature-state, like
    // the fill), and none while comparing. Unsure states: a cell whose state on the day shown rests on a change announced
    // by one side only, or disputed, is hatched the other way in a dark shade of its holder's colour (feature-state
    // `unsure`, set with the holder). The images are added by `createMap` (PATTERN_IMAGES).
    ...PATTERN_IMAGES.map((p) =>
      patternLayer(`zone-${p.id}`, p.id, p.holder, p.unsure ? ['boolean', ['feature-state', 'unsure'], false] : undefined),
    ),
    // Rivers and lakes over the fills, under the outlines and lines.
    ...waterLayers(),
    {
      id: 'zone-highlight',
      type: 'line',
      source: 'zone-marks',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': '#111111',
        'line-width': 3,
        'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0],
      },
    },
    {
      id: 'line-highlight',
      type: 'line',
      source: 'lines',
      filter: ['!=', ['get', 'id'], 'peacekeeping-zone'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': '#ffd400',
        'line-width': 9,
        'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 0.8, 0],
      },
    },
    {
      id: 'peacekeeping-outline',
      type: 'line',
      source: 'lines',
      filter: ['==', ['get', 'id'], 'peacekeeping-zone'],
      paint: { 'line-color': PALETTE.peacekeeping, 'line-width': perFeature(2), 'line-dasharray': [1, 1.5], 'line-opacity': whileValid },
    },
    {
      id: 'district-outline',
      type: 'line',
      source: 'boundaries',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': PALETTE.district,
        'line-width': ['match', ['get', 'id'], 'nkao', 2.2, 1.1],
        'line-dasharray': ['literal', [4, 2]],
        'line-opacity': perFeature(1),
      },
    },
    // The Armenia–Azerbaijan border in Tavush–Qazakh changed with the delimitation of 2024: its two versions are dated lines.
    datedLine('border-dated', 'international-border', PALETTE.border, 1.5),
    datedLine('line-1994', 'line-of-contact', PALETTE.line1994, 2.5),
    // The front of 10 November 2020 is drawn between announced captures, so its course is approximate: dashed.
    datedLine('line-2020', 'ceasefire-line', PALETTE.line2020, 2.5, [3, 1.5]),
    datedLine('corridor-road', 'corridor-road', PALETTE.road, 2, [2, 1]),
    {
      id: 'district-label',
      type: 'symbol',
      source: 'district-labels',
      layout: {
        'text-field': ['coalesce', ['get', ['concat', 'short_', ['global-state', 'names']]], ['get', 'short_en']],
        'text-font': [FONT_REGULAR],
        'text-size': 11,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'text-max-width': 8,
      },
      paint: {
        'text-color': perFeatureColour(PALETTE.district),
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.5,
        'text-opacity': 0.8,
      },
    },
    {
      // The town dot is a bullet glyph of the label font, not a circle layer: it is
      // drawn by the same shader program as every label, so the map compiles one
      // program fewer at start (see `perFeature` in style.ts), and the halo gives it
      // the white ring. Always drawn, and never hides a label.
      id: 'place-dot',
      type: 'symbol',
      source: 'places',
      filter: PLACES_SHOWN,
      layout: {
        'text-field': '\u2022',
        'text-font': [FONT_REGULAR],
        // Sized and lifted so the bullet matches the former circles (9 px across for a city, 7 px otherwise), centred on the point.
        'text-size': ['match', ['get', 'kind'], 'city', 42, 33],
        'text-offset': [0, -0.09],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      // The holder of the settlement's cell on the day shown (feature-state, like the cells), ringed in white; places
      // outside the eight units (Goris, Murovdag…) in grey.
      paint: {
        'text-color': [
          'match',
          ['feature-state', 'holder'],
          ...Object.entries(PLACE_DOT_COLOURS).flat(),
          PLACE_OUTSIDE_COLOUR,
        ] as ExpressionSpecification,
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.2,
      },
    },
    {
      id: 'place-label',
      type: 'symbol',
      source: 'places',
      filter: PLACES_SHOWN,
      layout: {
        'text-field': placeLabel,
        'text-font': [FONT_REGULAR],
        'text-size': ['match', ['get', 'kind'], 'city', 13, 'village', 11, 12],
        'text-offset': [0, 0.9],
        'text-anchor': 'top',
        'text-max-width': 9,
      },
      paint: { 'text-color': perFeatureColour('#1b1b1b'), 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
    },
  ];
}
