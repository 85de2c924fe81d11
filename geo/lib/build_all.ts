/**
 * Everything `npm run geo:build` derives from geo/sources/ and the upstream
 * extracts, as file contents in memory: the build writes them, and
 * `geo:build --check` (run by `npm test`) compares them with the committed
 * files. Deterministic.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import { topology } from 'topojson-server';
import type { Feature, Position } from 'geojson';
import { buildBasemap, BASEMAP_BBOX } from './basemap.ts';
import { DISTRICT_IDS, OFFICIAL_AREA_KM2, type DistrictId, loadRayons, loadEdits, buildDistricts } from './districts.ts';
import { Lines, loadLines } from './lines.ts';
import { loadAreas, areaShape, isSetArea } from './areas.ts';
import { buildCells, type Shape, type Cell } from './cells.ts';
import { loadPlaces, type Place } from './places.ts';
import type { LogFile } from '../../src/model/types.ts';
import { loadChanges, crossCheckChanges, type ChangeRowWithParties } from './changes.ts';
import { type Area, union, clean, areaKm2 } from './turf_ops.ts';
import { NE_ADMIN1, HAND, OSM_COUNTRIES_2017, OSM_BORDERS_2024, OSM_LICENCE, ETOPO5 } from './provenance.ts';
import { buildRelief, type EtopoExtract } from './relief.ts';
import { DISTRICT_NAMES } from './names.ts';
import { CsvError } from './csv.ts';
import { loadList, listProblems, LIST_FILES } from './lists.ts';
import { dataVersion } from './version.ts';

export const GEO_DIR = join(import.meta.dirname, '..');

export interface BuildResult {
  /** Path relative to geo/ → file content (text files). */
  files: Map<string, string>;
  /** Path relative to geo/ → bytes (binary files: the relief image). Written and compared byte for byte like `files`. */
  binaries: Map<string, Uint8Array>;
  /** Problems in the records that make the build refuse to write (one line each, with file and line). */
  problems: string[];
  /** Summary lines for the console. */
  report: string[];
}

/** A label anchor inside the largest polygon of a unit (centre of mass if inside, else turf.pointOnFeature). */
function labelPoint(a: Area): number[] {
  const polys = a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
  const largest = polys.map((p) => turf.polygon(p)).sort((x, y) => turf.area(y) - turf.area(x))[0]!;
  const c = turf.centerOfMass(largest);
  const p = turf.booleanPointInPolygon(c, largest) ? c : turf.pointOnFeature(largest);
  return p.geometry.coordinates.map((v) => Math.round(v * 1e4) / 1e4);
}

const json = (data: unknown) => JSON.stringify(data) + '\n';

/** Grid of atlas.topojson: 10⁵ steps across the cells' extent, about 2 m. */
export const ATLAS_QUANTIZATION = 1e5;

/** The events' ids, read from geo/events.json. */
function eventIds(): Set<string> {
  const events = JSON.parse(readFileSync(join(GEO_DIR, 'events.json'), 'utf8')) as { events: { id: string }[] };
  return new Set(events.events.map((e) => e.id));
}

/** `sourcesDir`: where places.csv, changes.csv, areas.json, lines.json and boundary-edits.json are read (default geo/sources; tests pass a copy). */
export function buildAll(sourcesDir = join(GEO_DIR, 'sources')): BuildResult {
  const src = (f: string) => join(sourcesDir, f);
  const problems: string[] = [];
  const report: string[] = [];
  const files = new Map<string, string>();

  // Every bad row of both files is reported at once.
  const read = <T>(load: () => T[]): T[] => {
    try {
      return load();
    } catch (e) {
      if (!(e instanceof CsvError)) throw e;
      problems.push(...e.problems);
      return [];
    }
  };
  const places = read(() => loadPlaces(src('places.csv')));
  const rows = read(() => loadChanges(src('changes.csv')));
  // The two sides' lists of 2020: checked here (columns, sources, links to places), counted by geo:coverage.
  const placeIds = new Set(places.map((p) => p.id));
  for (const [file, columns] of LIST_FILES) {
    const label = `geo/sources/${file}`;
    problems.push(
      ...listProblems(
        read(() => loadList(src(file), label, columns)),
        placeIds,
        label,
      ),
    );
  }
  problems.push(...upstreamProblems(src('upstream')));
  if (problems.length) return { files, binaries: new Map(), problems, report };
  try {
    const built = { ...derive(places, rows, src, files, problems, report), binaries: relief(src, files) };
    // The version of the data of record (lib/version.ts): what the app's links, citations and downloads name.
    files.set('derived/version.json', `${JSON.stringify(dataVersion(sourcesDir, GEO_DIR), null, 2)}\n`);
    return built;
  } catch (e) {
    // A line or an area naming a point that does not exist, or a line that refers to itself; an unreadable relief extract.
    if (e instanceof Error && e.message.startsWith('geo/sources/'))
      return { files: new Map(), binaries: new Map(), problems: [...problems, e.message], report };
    throw e;
  }
}

/** The shaded relief from the ETOPO5 extract (lib/relief.ts): relief.json goes into `files`, relief.png is returned. */
function relief(src: (f: string) => string, files: Map<string, string>): Map<string, Uint8Array> {
  const label = 'geo/sources/upstream/etopo5-caucasus.json';
  let extract: EtopoExtract;
  try {
    extract = JSON.parse(readFileSync(src('upstream/etopo5-caucasus.json'), 'utf8')) as EtopoExtract;
  } catch (e) {
    throw new Error(`${label}: not readable JSON (${(e as Error).message}); run npm run geo:extract`, { cause: e });
  }
  const { png, json } = buildRelief(extract, BASEMAP_BBOX, ETOPO5, label);
  files.set('derived/relief.json', json);
  return new Map([['derived/relief.png', png]]);
}

/** The extracts of geo/sources/upstream/ must be what geo:extract wrote: their SHA-256 is in manifest.json. */
function upstreamProblems(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: { file: string; sha256: string }[] };
  return manifest.files.flatMap(({ file, sha256 }) => {
    const path = join(dir, file);
    if (!existsSync(path)) return [`geo/sources/upstream/${file}: missing (run npm run geo:extract)`];
    const actual = createHash('sha256').update(readFileSync(path)).digest('hex');
    return actual === sha256
      ? []
      : [
          `geo/sources/upstream/${file}: SHA-256 ${actual.slice(0, 12)}… differs from manifest.json (${sha256.slice(0, 12)}…): run npm run geo:extract rather than editing an extract`,
        ];
  });
}

function derive(
  places: Place[],
  rows: ChangeRowWithParties[],
  src: (f: string) => string,
  files: Map<string, string>,
  problems: string[],
  report: string[],
): Omit<BuildResult, 'binaries'> {
  const placeAt = new Map<string, Position>(places.map((p) => [p.id, [p.lon, p.lat]]));
  const lines = new Lines(loadLines(src('lines.json')), placeAt);
  const areas = loadAreas(src('areas.json'));
  const edits = loadEdits(src('boundary-edits.json'));
  const units = buildDistricts(loadRayons(), edits);

  const shapes = new Map<string, Shape>();
  for (const [id, a] of Object.entries(areas)) {
    if (DISTRICT_IDS.includes(id as DistrictId)) problems.push(`geo/sources/areas.json: area id "${id}" is the id of a 1988 unit`);
    if (isSetArea(a)) {
      for (const ref of [...a.of, ...(a.minus ?? [])])
        if (!areas[ref] && !DISTRICT_IDS.includes(ref as DistrictId))
          problems.push(`geo/sources/areas.json: area ${id} names "${ref}", which is neither an area nor a 1988 unit`);
      continue;
    }
    shapes.set(id, { geometry: areaShape(id, a, lines), cuts: a.cuts });
  }
  for (const p of places)
    if (DISTRICT_IDS.includes(p.id as DistrictId) || areas[p.id])
      problems.push(
        `geo/sources/places.csv:${p.line}: column "id": "${p.id}" is also the id of a 1988 unit or an area; a row naming it would be ambiguous (e.g. use ${p.id}-town)`,
      );
  problems.push(...crossCheckChanges(rows, new Set(placeAt.keys()), new Set([...DISTRICT_IDS, ...Object.keys(areas)]), eventIds()));

  const { cells, problems: cellProblems, notes } = buildCells(units, shapes, areas, places, rows);
  problems.push(...cellProblems);
  report.push(...notes.map((n) => `  note: ${n}`));
  const start = [...rows].map((r) => r.date).sort()[0];
  for (const c of cells) {
    if (c.history.length === 0 || c.history[0]!.from !== start)
      problems.push(
        `cell ${c.id} (${c.unit}) has no state on ${start}, the first day of the log: give its unit or place a row on that day`,
      );
  }
  // Every area a row names must hold land, or the row would change nothing; and every cell's history runs unbroken from the first day.
  const holding = new Set(cells.flatMap((c) => [c.unit, ...c.areas]));
  const placeIds = new Set(places.map((p) => p.id));
  for (const r of rows)
    if (!placeIds.has(r.place) && !holding.has(r.place))
      problems.push(
        `geo/sources/changes.csv:${r.line}: area "${r.place}" holds no land in any 1988 unit (check its cuts in areas.json), so the row would change nothing`,
      );
  for (const c of cells)
    c.history.forEach((h, i) => {
      const next = c.history[i + 1];
      if (next ? h.to !== next.from : h.to !== null) problems.push(`cell ${c.id}: its history breaks at ${h.to ?? h.from}`);
    });
  const named = new Set(rows.map((r) => r.place));
  for (const id of Object.keys(areas)) if (!named.has(id) && isSetArea(areas[id]!)) report.push(`  note: area ${id} is named by no row`);

  // 1988 units.
  const boundaries: Feature[] = DISTRICT_IDS.map((id) => {
    const a = units.get(id)!;
    const edited = [...edits.values()].filter((e) => e.affects.includes(id));
    return {
      type: 'Feature',
      properties: {
        id,
        ...DISTRICT_NAMES[id],
        area_km2: Math.round(areaKm2(a) * 10) / 10,
        official_area_km2: OFFICIAL_AREA_KM2[id],
        label_point: labelPoint(a),
        source: `${NE_ADMIN1.source}; outer edge: ${OSM_COUNTRIES_2017.source}`,
        licence: `${NE_ADMIN1.licence}; OpenStreetMap parts ${OSM_LICENCE} (${OSM_COUNTRIES_2017.attribution})`,
        method: `post-1991 rayons dissolved, corrected to the 1988 boundary with geo/sources/boundary-edits.json (${edited.map((e) => e.id).join(', ') || 'no edit'}) and fitted to the OpenStreetMap border by geo/lib/districts.ts`,
        accuracy_m: Math.max(1000, ...edited.map((e) => e.accuracy_m)),
      },
      geometry: a.geometry,
    };
  });

  const byPlace = new Map(places.map((p) => [p.id, p]));
  /** The index in log.json of the row naming `place` on `day` (one row per place and day, checked above). */
  const rowIndexes = new Map(rows.map((r, i) => [`${r.place} ${r.date}`, i]));
  const rowIndex = (place: string, day: string) => {
    const i = rowIndexes.get(`${place} ${day}`);
    if (i === undefined) throw new Error(`build: no change row for ${place} on ${day}`);
    return i;
  };
  const cellName = (c: Cell) => {
    if (c.place) return c.place.en;
    const inside = c.areas.filter((a) => a !== c.unit && !isSetArea(areas[a]!)).map((a) => areas[a]!.name);
    return `${DISTRICT_NAMES[c.unit].en}${inside.length ? `, ${inside.join(', ').toLowerCase()}` : ''}: no settlement of record`;
  };
  const zoneFeatures: Feature[] = cells.map((c) => ({
    type: 'Feature',
    properties: {
      id: c.id,
      name: cellName(c),
      place: c.place?.id ?? null,
      kind: c.place?.kind ?? null,
      district: c.unit,
      areas: c.areas.filter((a) => a !== c.unit),
      area_km2: Math.round(areaKm2(c.geometry) * 10) / 10,
      // What the map needs per period; the row's source, note and the place or area it names are in log.json.
      history: c.history.map((h) => ({
        from: h.from,
        to: h.to,
        holder: h.holder,
        event: h.event,
        confidence: h.confidence,
        ...(h.confirmed ? { confirmed: h.confirmed } : {}),
        row: rowIndex(h.by!, h.from),
      })),
      source: `${NE_ADMIN1.source}; cut by ${HAND.source}; cells around geo/sources/places.csv`,
      licence: `${NE_ADMIN1.licence}; hand-digitised parts ${HAND.licence}`,
      // One wording per kind of cell (place and district are properties of their own), so the text compresses away.
      method: c.place
        ? 'Voronoi cell of its place within its piece of its district (geo/lib/cells.ts)'
        : 'piece of its district with no settlement of record (geo/lib/cells.ts)',
      accuracy_m: 4000,
    },
    geometry: c.geometry.geometry,
  }));

  const lineFeatures: Feature[] = [...lines.byId.values()].map((l) => ({
    type: 'Feature',
    properties: {
      id: l.id,
      kind: l.kind,
      name: l.name,
      valid_from: l.valid_from,
      valid_to: l.valid_to,
      passes: lines.vertices(l.id).flatMap((v) => (v.name && byPlace.has(v.name) ? [v.name] : [])),
      source: HAND.source,
      licence: HAND.licence,
      method: 'digitised by hand in geo/sources/lines.json through the places and waypoints named per stretch',
      accuracy_m: l.accuracy_m,
    },
    geometry: { type: 'LineString', coordinates: lines.coordinates(l.id) },
  }));

  // The zone of responsibility of the Russian contingent: the former NKAO held by the Nagorno-Karabakh side after the
  // ceasefire (area nkao-after-ceasefire-2020) plus the 2020 corridor band, widened by 1 km. Approximate. Drawn from the
  // areas, not from the cells' histories, so a new row in changes.csv never moves it.
  const held = cells.filter((c) => c.areas.includes('nkao-after-ceasefire-2020'));
  if (held.length === 0)
    problems.push('geo/sources/areas.json: area nkao-after-ceasefire-2020, from which the peacekeeping zone is drawn, holds no land');
  const corridorBand = turf.buffer(turf.lineString(lines.coordinates('road-2020')), 2.5, { units: 'kilometers' }) as Area;
  const heldUnion = union(...held.map((c) => c.geometry), corridorBand);
  const peacekeeping = clean(turf.buffer(heldUnion!, 1, { units: 'kilometers' }) as Area, 1)!;
  const peacekeepingFeature: Feature = {
    type: 'Feature',
    properties: {
      id: 'peacekeeping-zone',
      name: 'Zone of responsibility of the Russian peacekeeping contingent (approximate)',
      valid_from: '2020-11-10',
      valid_to: '2024-06-12',
      approximate: true,
      source:
        'derived: the former NKAO held by the Nagorno-Karabakh side after the ceasefire (area nkao-after-ceasefire-2020 of geo/sources/areas.json), plus the 2020 corridor band, widened by 1 km (geo/lib/build_all.ts); no surveyed boundary was published',
      licence: HAND.licence,
      method: 'turf.union + turf.buffer of geo/zones.geojson',
      accuracy_m: 5000,
    },
    geometry: peacekeeping.geometry,
  };

  // Each place says which cell it lies in (`zone`): its own cell when it has one, else the cell around the point (null
  // outside the eight units). The map colours the place's dot by that cell's holder on the day shown.
  const cellOfPlace = (p: Place): string | null =>
    cells.find((c) => c.place?.id === p.id)?.id ?? cells.find((c) => turf.booleanPointInPolygon([p.lon, p.lat], c.geometry))?.id ?? null;
  const placeFeatures: Feature[] = places.map((p) => ({
    type: 'Feature',
    properties: {
      id: p.id,
      kind: p.kind,
      district: p.unit,
      zone: cellOfPlace(p),
      ...(p.ele_m !== null ? { ele_m: p.ele_m } : {}),
      en: p.en,
      hy: p.hy,
      hy_script: p.hy_script,
      az: p.az,
      ru: p.ru,
    },
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
  }));

  const districtLabels: Feature[] = boundaries.map((f) => {
    const { id, short_en, short_hy, short_az, short_ru } = f.properties as Record<string, string>;
    return {
      type: 'Feature',
      properties: { kind: 'district-label', id, short_en, short_hy, short_az, short_ru },
      geometry: { type: 'Point', coordinates: f.properties!.label_point as number[] },
    };
  });

  // The border versions that changed with a dated event (the 2024 delimitation) travel with the dated lines, whose
  // validity the app already sets per day; the basemap keeps the borders that never changed.
  const basemap = buildBasemap();
  const datedBorders = basemap.features.filter((f) => f.properties?.kind === 'border' && f.properties.valid_from);
  basemap.features = basemap.features.filter((f) => !datedBorders.includes(f));
  const borderLines: Feature[] = datedBorders.map((f) => ({
    type: 'Feature',
    properties: {
      id: f.properties!.version === 'osm-2017' ? 'border-tavush-qazakh-before-2024' : 'border-tavush-qazakh-from-2024',
      kind: 'international-border',
      name: `Armenia–Azerbaijan border between Tavush and Qazakh, ${f.properties!.version === 'osm-2017' ? 'before the delimitation of 2024 (OpenStreetMap, 2017)' : 'as delimited in 2024 (OpenStreetMap, 2024)'}`,
      valid_from: f.properties!.valid_from,
      valid_to: f.properties!.valid_to ?? null,
      note: f.properties!.note,
      source: f.properties!.version === 'osm-2017' ? OSM_COUNTRIES_2017.source : OSM_BORDERS_2024.source,
      licence: OSM_LICENCE,
      method: 'shared arcs of the OpenStreetMap country polygons, by geo/lib/basemap.ts',
      accuracy_m: 100,
    },
    geometry: f.geometry,
  }));
  files.set('derived/basemap.geojson', json(basemap));
  files.set('derived/district-labels.json', json({ type: 'FeatureCollection', features: districtLabels }));
  files.set('boundaries.geojson', json({ type: 'FeatureCollection', features: boundaries }));
  files.set('zones.geojson', json({ type: 'FeatureCollection', features: zoneFeatures }));
  // What the app loads: the cells and the units as one topology, so each shared edge is stored once (quantised to
  // about 2 m, far below the accuracy of the edges). zones.geojson and boundaries.geojson stay the files of record
  // for the CLI, the tests and readers.
  files.set(
    'atlas.topojson',
    json(
      topology(
        {
          zones: { type: 'FeatureCollection', features: zoneFeatures },
          boundaries: { type: 'FeatureCollection', features: boundaries },
        } as Parameters<typeof topology>[0],
        ATLAS_QUANTIZATION,
      ),
    ),
  );
  files.set('lines.geojson', json({ type: 'FeatureCollection', features: [...lineFeatures, ...borderLines, peacekeepingFeature] }));
  files.set('places.geojson', json({ type: 'FeatureCollection', features: placeFeatures }));
  // The record behind the map, loaded after the first coloured frame: every change row (the cells' periods point into
  // it by index) and the sources of every place.
  const log: LogFile = {
    rows: rows.map((r) => ({
      date: r.date,
      place: r.place,
      holder: r.holder,
      event: r.event,
      confidence: r.confidence,
      source: r.source,
      ...(r.note ? { note: r.note } : {}),
      // Only where the row says who announced or denied it, so confirmed rows do not grow the file.
      ...(r.claimed_by.length ? { claimed_by: r.claimed_by } : {}),
      ...(r.denied_by.length ? { denied_by: r.denied_by } : {}),
    })),
    places: Object.fromEntries(
      places.map((p) => [p.id, { coord_source: p.coord_source, names_source: p.names_source, ...(p.note ? { note: p.note } : {}) }]),
    ),
  };
  files.set('log.json', json(log));

  for (const id of DISTRICT_IDS) {
    const km2 = areaKm2(units.get(id)!);
    report.push(
      `  ${id.padEnd(9)} ${km2.toFixed(0).padStart(5)} km² (official ${OFFICIAL_AREA_KM2[id]}, ${((km2 / OFFICIAL_AREA_KM2[id] - 1) * 100).toFixed(1)}%)`,
    );
  }
  const seeded = cells.filter((c) => c.place).length;
  report.push(
    `  ${places.length} places, ${rows.length} change rows, ${cells.length} cells (${seeded} around a settlement or height, ${cells.length - seeded} with none)`,
  );
  return { files, problems, report };
}
