/** `npm run geo:check`: validates geo/*.geojson, events and clauses; exit 1 with one line per problem. */
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { checkGeo, type GeoData } from './lib/check.ts';

const here = dirname(fileURLToPath(import.meta.url));
const problems: string[] = [];

function read<T>(name: string, optional = false): T | undefined {
  const path = join(here, name);
  if (!existsSync(path)) {
    if (!optional) problems.push(`geo/${name}: missing (run npm run geo:build)`);
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    problems.push(`geo/${name}: not valid JSON (${(e as Error).message})`);
    return undefined;
  }
}

const files = {
  boundaries: read<GeoData['boundaries']>('boundaries.geojson'),
  zones: read<GeoData['zones']>('zones.geojson'),
  lines: read<GeoData['lines']>('lines.geojson'),
  places: read<GeoData['places']>('places.geojson'),
  districtLabels: read<GeoData['boundaries']>('derived/district-labels.json'),
  events: read<GeoData['events']>('events.json'),
  clauses: read<GeoData['clauses']>('clauses.json'),
  log: read<GeoData['log']>('log.json'),
  areaIds: Object.keys(read<{ areas: Record<string, unknown> }>('sources/areas.json')?.areas ?? {}),
};

if (files.boundaries && files.zones && files.lines && files.places) {
  problems.push(...checkGeo(files as GeoData));
}

// atlas.topojson, what the app loads, must decode to the cells and units of record, property for property.
const topo = read<Topology>('atlas.topojson');
if (topo && files.zones && files.boundaries) {
  for (const [name, of] of [
    ['zones', files.zones],
    ['boundaries', files.boundaries],
  ] as const) {
    const object = topo.objects?.[name];
    const decoded = object ? (feature(topo, object) as FeatureCollection) : undefined;
    const same =
      decoded &&
      decoded.features.length === of.features.length &&
      decoded.features.every((f, i) => JSON.stringify(f.properties) === JSON.stringify(of.features[i]!.properties));
    if (!same) problems.push(`geo/atlas.topojson: its ${name} do not match geo/${name}.geojson (run npm run geo:build)`);
  }
}

// Budget: everything the app loads before its first coloured frame, gzipped (log.json comes after it).
const startFiles = [
  'atlas.topojson',
  'lines.geojson',
  'places.geojson',
  'events.json',
  'clauses.json',
  'derived/basemap.geojson',
  'derived/district-labels.json',
];
let gz = 0;
for (const f of startFiles) {
  const p = join(here, f);
  if (existsSync(p)) gz += gzipSync(readFileSync(p), { level: 9 }).length;
}
const budget = 150 * 1024;
if (gz > budget) problems.push(`data loaded at start is ${(gz / 1024).toFixed(1)} KB gzipped (budget ${budget / 1024} KB)`);

if (problems.length) {
  for (const p of problems) console.error(`✗ ${p}`);
  console.error(`geo:check: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`geo:check: ok (start data ${(gz / 1024).toFixed(1)} KB gzipped)`);
