/**
 * `npm run geo:build`: rebuilds every derived geo file from the npm datasets
 * and the hand-digitised sources in geo/sources/. Deterministic.
 *
 *   npm run geo:build                              # Natural Earth rayons (default)
 *   npm run geo:build -- --boundaries my.geojson   # your own 1988 units (see geo/README.md)
 */
import { writeFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { buildBasemap } from './lib/basemap.ts';
import { DISTRICT_IDS, OFFICIAL_AREA_KM2, type DistrictId, loadRayons, loadEdits, buildDistricts } from './lib/districts.ts';
import { loadLines, resolveLine } from './lib/lines.ts';
import { loadZonesFile, buildZones } from './lib/zones.ts';
import { type Area, union, areaKm2, clean } from './lib/turf_ops.ts';
import { NE_ADMIN1, HAND } from './lib/provenance.ts';
import { DISTRICT_NAMES } from './lib/names.ts';

const here = dirname(fileURLToPath(import.meta.url));
const src = (f: string) => join(here, 'sources', f);

function write(rel: string, data: unknown): void {
  const path = join(here, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(data) + '\n');
  console.log(`wrote geo/${rel} (${(JSON.stringify(data).length / 1024).toFixed(0)} KB)`);
}

function usage(msg: string): never {
  console.error(`geo:build: ${msg}\nusage: npm run geo:build [-- --boundaries FILE.geojson]`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({ options: { boundaries: { type: 'string' } }, strict: true }).values;
} catch (e) {
  usage((e as Error).message);
}

function userBoundaries(path: string): Map<DistrictId, Area> {
  if (!existsSync(path)) usage(`no file at ${path}`);
  let fc: FeatureCollection;
  try {
    fc = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
  } catch (e) {
    usage(`${path} is not JSON: ${(e as Error).message}`);
  }
  const units = new Map<DistrictId, Area>();
  for (const f of fc.features ?? []) {
    const id = f.properties?.id as DistrictId;
    if (!DISTRICT_IDS.includes(id)) continue;
    units.set(id, f as Area);
  }
  const missing = DISTRICT_IDS.filter((id) => !units.has(id));
  if (missing.length) usage(`${path} lacks features with properties.id = ${missing.join(', ')}`);
  return units;
}

/** A label anchor inside the largest polygon of a unit (centre of mass if inside, else turf.pointOnFeature). */
function labelPoint(a: Area): number[] {
  const polys = a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
  const largest = polys.map((p) => turf.polygon(p)).sort((x, y) => turf.area(y) - turf.area(x))[0]!;
  const c = turf.centerOfMass(largest);
  const p = turf.booleanPointInPolygon(c, largest) ? c : turf.pointOnFeature(largest);
  return p.geometry.coordinates.map((v) => Math.round(v * 1e4) / 1e4);
}

const custom = args.boundaries;
const units = custom ? userBoundaries(custom) : buildDistricts(loadRayons(), loadEdits(src('boundary-edits.json')));
const edits = loadEdits(src('boundary-edits.json'));
const lines = loadLines(src('lines.json'));
const zonesFile = loadZonesFile(src('zones.json'));
const zones = buildZones(zonesFile, units, lines);

const boundaries: Feature[] = DISTRICT_IDS.map((id) => {
  const a = units.get(id)!;
  const km2 = areaKm2(a);
  const edited = [...edits.values()].filter((e) => e.affects.includes(id));
  return {
    type: 'Feature',
    properties: {
      id,
      ...DISTRICT_NAMES[id],
      area_km2: Math.round(km2 * 10) / 10,
      official_area_km2: OFFICIAL_AREA_KM2[id],
      // Where the unit's name is written: a point inside the largest part, away from its edges.
      label_point: labelPoint(a),
      source: custom ? `user-supplied boundaries (${custom})` : NE_ADMIN1.source,
      licence: custom ? 'see the supplied file' : NE_ADMIN1.licence,
      method: custom
        ? 'read from the --boundaries file by geo/build.ts'
        : `post-1991 rayons dissolved and corrected to the 1988 boundary by geo/lib/districts.ts with geo/sources/boundary-edits.json (${edited.map((e) => e.id).join(', ') || 'no edit'})`,
      accuracy_m: custom ? null : Math.max(1000, ...edited.map((e) => e.accuracy_m)),
    },
    geometry: a.geometry,
  };
});

const zoneFeatures: Feature[] = zones.map(({ source, geometry }) => {
  if (!geometry) throw new Error(`zone ${source.id} is empty: its areas do not meet district ${source.district}`);
  return {
    type: 'Feature',
    properties: {
      id: source.id,
      name: source.name,
      district: source.district,
      area_km2: Math.round(areaKm2(geometry) * 10) / 10,
      history: source.history.map((h) => ({ from: h.from, to: h.to ?? null, holder: h.holder, event: h.event })),
      source: `${NE_ADMIN1.source}; split by ${HAND.source}`,
      licence: `${NE_ADMIN1.licence}; hand-digitised parts ${HAND.licence}`,
      method: `district ${source.district} ∩ ${(source.within ?? ['(remainder)']).join(' ∩ ')}, by geo/lib/zones.ts`,
      accuracy_m: 4000,
    },
    geometry: geometry.geometry,
  };
});

const lineFeatures: Feature[] = [...lines.values()].map((l) => ({
  type: 'Feature',
  properties: {
    id: l.id,
    kind: l.kind,
    name: l.name,
    valid_from: l.valid_from,
    valid_to: l.valid_to,
    source: HAND.source,
    licence: HAND.licence,
    method: 'digitised by hand in geo/sources/lines.json along the landmarks named per stretch',
    accuracy_m: l.accuracy_m,
  },
  geometry: { type: 'LineString', coordinates: resolveLine(l.id, lines) },
}));

// The zone of responsibility of the Russian contingent: the land still held by
// the Nagorno-Karabakh side or by the peacekeepers once the handovers were done
// (2 December 2020), plus the corridor band, widened by 1 km. Approximate.
const afterHandovers = '2020-12-02';
const held = zones.filter(({ source }) =>
  source.history.some((h) => h.from <= afterHandovers && (!h.to || afterHandovers < h.to) && h.holder !== 'azerbaijani'),
);
const corridorBand = turf.buffer(turf.lineString(resolveLine('road-2020', lines)), 2.5, { units: 'kilometers' }) as Area;
const heldUnion = union(...held.map((z) => z.geometry), corridorBand);
const peacekeeping = clean(turf.buffer(heldUnion!, 1, { units: 'kilometers' }) as Area, 1)!;
const peacekeepingFeature: Feature = {
  type: 'Feature',
  properties: {
    id: 'peacekeeping-zone',
    name: 'Zone of responsibility of the Russian peacekeeping contingent (approximate)',
    valid_from: '2020-11-10',
    valid_to: '2024-06-12',
    approximate: true,
    source: 'derived: zones held by the Nagorno-Karabakh side or the peacekeepers on 2 December 2020, plus the 2020 corridor band, widened by 1 km (geo/build.ts); no surveyed boundary was published',
    licence: HAND.licence,
    method: 'turf.union + turf.buffer of geo/zones.geojson',
    accuracy_m: 5000,
  },
  geometry: peacekeeping.geometry,
};

const placesJson = JSON.parse(readFileSync(src('places.json'), 'utf8')) as { places: Record<string, unknown>[] };
const placeFeatures: Feature[] = placesJson.places.map(({ coords, ...p }) => ({
  type: 'Feature',
  properties: { ...p, licence: 'coordinates are facts from the cited source', accuracy_m: 2000 },
  geometry: { type: 'Point', coordinates: coords as number[] },
}));

// District names are drawn from these points, in every convention. The app bundles them into its
// style, so the first labels need no request and the label font starts loading at once.
const districtLabels: Feature[] = boundaries.map((f) => {
  const { id, short_en, short_hy, short_az, short_ru } = f.properties as Record<string, string>;
  return { type: 'Feature', properties: { kind: 'district-label', id, short_en, short_hy, short_az, short_ru }, geometry: { type: 'Point', coordinates: f.properties!.label_point as number[] } };
});
write('derived/basemap.geojson', buildBasemap());
write('derived/district-labels.json', { type: 'FeatureCollection', features: districtLabels });
write('boundaries.geojson', { type: 'FeatureCollection', features: boundaries });
write('zones.geojson', { type: 'FeatureCollection', features: zoneFeatures });
write('lines.geojson', { type: 'FeatureCollection', features: [...lineFeatures, peacekeepingFeature] });
write('places.geojson', { type: 'FeatureCollection', features: placeFeatures });

for (const id of DISTRICT_IDS) {
  const km2 = areaKm2(units.get(id)!);
  console.log(`  ${id.padEnd(9)} ${km2.toFixed(0).padStart(5)} km² (official ${OFFICIAL_AREA_KM2[id]}, ${((km2 / OFFICIAL_AREA_KM2[id] - 1) * 100).toFixed(1)}%)`);
}
