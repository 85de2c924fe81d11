/**
 * Validation of the geo data of record. Pure: takes parsed files, returns a
 * list of problems, each naming the feature and what is wrong. Used by
 * `npm run geo:check` and by the unit tests (which feed it broken data).
 */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Polygon, MultiPolygon, Point, LineString, MultiLineString } from 'geojson';
import { type Area, intersect, union, areaKm2 } from './turf_ops.ts';

import { DISTRICT_IDS, OFFICIAL_AREA_KM2 } from './districts.ts';
import { HOLDERS, TIMELINE_START } from '../../src/model/vocabulary.ts';
import { mirrorHost } from './sources.ts';
import type { LogFile } from '../../src/model/types.ts';
export { TIMELINE_START };
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export interface GeoData {
  boundaries: FeatureCollection;
  zones: FeatureCollection;
  lines: FeatureCollection;
  places: FeatureCollection;
  /** geo/derived/district-labels.json: one label point per unit, bundled into the app's style. */
  districtLabels?: FeatureCollection;
  events?: { events: { id: string; date: string; sources?: { url?: string }[]; title?: string; summary?: string }[] };
  clauses?: {
    official_text?: { url?: string }[];
    clauses: {
      number: number;
      areas?: string[];
      lines?: string[];
      events?: string[];
      sources?: { url?: string }[];
      obligations?: { actual_event?: string | null; areas?: string[]; sources?: { url?: string }[] }[];
    }[];
  };
  /** Ids of the named areas of geo/sources/areas.json, which clauses may name besides the 1988 units. */
  areaIds?: string[];
  /** geo/log.json: the change rows the cells' periods point to, and the sources of the places. */
  log?: LogFile;
}

export interface CheckOptions {
  areaTolerance?: number; // ±fraction of the official area
  maxOverlapKm2?: number;
  coverageTolerance?: number; // fraction
}

function isDay(s: unknown): s is string {
  if (typeof s !== 'string' || !ISO.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function polygonProblems(f: Feature, what: string): string[] {
  const out: string[] = [];
  const g = f.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon'))
    return [`${what}: geometry is ${g?.type ?? 'missing'}, expected Polygon or MultiPolygon`];
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const p of polys) {
    for (const ring of p) {
      if (ring.length < 4) out.push(`${what}: a ring has ${ring.length} positions (needs ≥ 4)`);
      const a = ring[0]!;
      const b = ring[ring.length - 1]!;
      if (a[0] !== b[0] || a[1] !== b[1]) out.push(`${what}: a ring is not closed`);
      if (ring.some((c) => !Number.isFinite(c[0]) || !Number.isFinite(c[1]) || Math.abs(c[0]!) > 180 || Math.abs(c[1]!) > 90)) {
        out.push(`${what}: a coordinate is not a valid lon/lat`);
      }
    }
  }
  if (out.length) return out;
  const kinks = turf.kinks(f as Feature<Polygon | MultiPolygon>).features;
  if (kinks.length) {
    const k = kinks[0]!.geometry.coordinates;
    out.push(`${what}: self-intersection at ${k[0]!.toFixed(5)},${k[1]!.toFixed(5)} (${kinks.length} in all)`);
  }
  return out;
}

function provenanceProblems(f: Feature, what: string): string[] {
  const p = f.properties ?? {};
  const out: string[] = [];
  for (const key of ['source', 'licence', 'accuracy_m'] as const) {
    if (p[key] === undefined || p[key] === '') out.push(`${what}: missing provenance property "${key}"`);
  }
  return out;
}

function bboxOverlap(a: Feature, b: Feature): boolean {
  const [aw, as, ae, an] = turf.bbox(a);
  const [bw, bs, be, bn] = turf.bbox(b);
  return aw <= be && bw <= ae && as <= bn && bs <= an;
}

function overlapProblems(fs: Feature[], kind: string, maxKm2: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < fs.length; i++) {
    for (let j = i + 1; j < fs.length; j++) {
      const a = fs[i]!;
      const b = fs[j]!;
      if (!bboxOverlap(a, b)) continue;
      const km2 = areaKm2(intersect(a as Area, b as Area));
      if (km2 > maxKm2) out.push(`${kind} ${a.properties?.id} and ${b.properties?.id} overlap by ${km2.toFixed(2)} km²`);
    }
  }
  return out;
}

/** Holes inside the union of the units are gaps between neighbours. */
function gapProblems(fs: Feature[], maxKm2: number): string[] {
  const u = union(...(fs as Area[]));
  if (!u) return ['boundaries: union is empty'];
  const polys = u.geometry.type === 'Polygon' ? [u.geometry.coordinates] : u.geometry.coordinates;
  const out: string[] = [];
  for (const p of polys) {
    for (const hole of p.slice(1)) {
      const km2 = turf.area(turf.polygon([hole])) / 1e6;
      if (km2 > maxKm2) {
        const [x, y] = turf.centroid(turf.polygon([hole])).geometry.coordinates;
        out.push(`boundaries: gap of ${km2.toFixed(2)} km² between units near ${x!.toFixed(4)},${y!.toFixed(4)}`);
      }
    }
  }
  return out;
}

export function checkGeo(data: GeoData, opts: CheckOptions = {}): string[] {
  const tol = opts.areaTolerance ?? 0.05;
  const maxOverlap = opts.maxOverlapKm2 ?? 0.1;
  const coverTol = opts.coverageTolerance ?? 0.0005;
  const problems: string[] = [];

  // Boundaries
  const units = data.boundaries.features;
  const unitIds = units.map((f) => f.properties?.id);
  for (const id of DISTRICT_IDS) if (!unitIds.includes(id)) problems.push(`boundaries: no feature with id "${id}"`);
  for (const id of unitIds) if (!(DISTRICT_IDS as readonly string[]).includes(id)) problems.push(`boundaries: unexpected id "${id}"`);
  if (new Set(unitIds).size !== unitIds.length) problems.push('boundaries: duplicate ids');
  for (const f of units) {
    const id = f.properties?.id;
    const what = `boundary ${id}`;
    const geomProblems = polygonProblems(f, what);
    problems.push(...geomProblems, ...provenanceProblems(f, what));
    if (geomProblems.length) continue;
    const km2 = areaKm2(f as Area);
    const official = OFFICIAL_AREA_KM2[id as keyof typeof OFFICIAL_AREA_KM2];
    if (official && Math.abs(km2 / official - 1) > tol) {
      problems.push(
        `${what}: area ${km2.toFixed(0)} km² is ${((km2 / official - 1) * 100).toFixed(1)}% off the official ${official} km² (tolerance ±${tol * 100}%)`,
      );
    }
  }
  const validUnits = units.filter((f) => polygonProblems(f, '').length === 0);
  problems.push(...overlapProblems(validUnits, 'boundaries', maxOverlap));
  problems.push(...gapProblems(validUnits, maxOverlap));

  // Zones
  const eventIds = new Set(data.events?.events.map((e) => e.id) ?? []);
  const zones = data.zones.features;
  const zoneIds = new Set<string>();
  for (const f of zones) {
    const p = f.properties ?? {};
    const what = `zone ${p.id}`;
    if (zoneIds.has(p.id)) problems.push(`${what}: duplicate id`);
    zoneIds.add(p.id);
    if (!unitIds.includes(p.district)) problems.push(`${what}: district "${p.district}" is not a boundary id`);
    problems.push(...polygonProblems(f, what), ...provenanceProblems(f, what));
    const history = p.history as { from: string; to: string | null; holder: string; event: string; row?: number }[] | undefined;
    if (!Array.isArray(history) || history.length === 0) {
      problems.push(`${what}: no control history`);
      continue;
    }
    history.forEach((h, i) => {
      const at = `${what} period ${i + 1}`;
      if (!isDay(h.from)) problems.push(`${at}: "from" ${JSON.stringify(h.from)} is not a calendar day`);
      if (h.to !== null && !isDay(h.to)) problems.push(`${at}: "to" ${JSON.stringify(h.to)} is not a calendar day`);
      if (h.to !== null && isDay(h.from) && isDay(h.to) && h.to <= h.from)
        problems.push(`${at}: ends (${h.to}) on or before it starts (${h.from})`);
      if (!(HOLDERS as readonly string[]).includes(h.holder)) problems.push(`${at}: unknown holder "${h.holder}"`);
      if (data.log) {
        const r = h.row === undefined ? undefined : data.log.rows[h.row];
        if (!r) problems.push(`${at}: points to no row of geo/log.json (row ${h.row})`);
        else if (r.date !== h.from || r.holder !== h.holder)
          problems.push(`${at}: row ${h.row} of geo/log.json is ${r.place} ${r.date} ${r.holder}, not the start of this period`);
      }
      if (data.events && !eventIds.has(h.event)) problems.push(`${at}: event "${h.event}" is not in geo/events.json`);
      const next = history[i + 1];
      if (next && h.to !== next.from) problems.push(`${at}: ends ${h.to} but the next period starts ${next.from} (gap or overlap)`);
      if (next && h.holder === next.holder) problems.push(`${at}: same holder "${h.holder}" as the next period`);
      if (!next && h.to !== null) problems.push(`${at}: the last period must be open-ended (to: null), it ends ${h.to}`);
    });
    if (history[0]!.from !== TIMELINE_START)
      problems.push(`${what}: history starts ${history[0]!.from}, not at the timeline start ${TIMELINE_START}`);
  }
  const validZones = zones.filter((f) => polygonProblems(f, '').length === 0);
  problems.push(...overlapProblems(validZones, 'zones', maxOverlap));
  const unitsArea = areaKm2(union(...(validUnits as Area[])));
  const zonesUnion = union(...(validZones as Area[]));
  const covered = areaKm2(intersect(zonesUnion, union(...(validUnits as Area[]))));
  if (unitsArea > 0 && covered / unitsArea < 1 - coverTol) {
    problems.push(
      `zones cover ${((covered / unitsArea) * 100).toFixed(2)}% of the NKAO and the seven districts (need ≥ ${(100 - coverTol * 100).toFixed(2)}%)`,
    );
  }
  const outside = areaKm2(zonesUnion) - covered;
  if (outside > unitsArea * coverTol) problems.push(`zones reach ${outside.toFixed(1)} km² outside the NKAO and the seven districts`);

  // Lines
  for (const f of data.lines.features) {
    const p = f.properties ?? {};
    const what = `line ${p.id}`;
    problems.push(...provenanceProblems(f, what));
    if (!isDay(p.valid_from)) problems.push(`${what}: valid_from ${JSON.stringify(p.valid_from)} is not a calendar day`);
    if (p.valid_to !== null && !isDay(p.valid_to)) problems.push(`${what}: valid_to ${JSON.stringify(p.valid_to)} is not a calendar day`);
    if (isDay(p.valid_from) && isDay(p.valid_to) && p.valid_to <= p.valid_from) problems.push(`${what}: valid_to is not after valid_from`);
    if (f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString') {
      const parts =
        f.geometry.type === 'LineString' ? [(f.geometry as LineString).coordinates] : (f.geometry as MultiLineString).coordinates;
      for (const c of parts) {
        if (c.length < 2) problems.push(`${what}: fewer than 2 positions`);
        if (c.some((x) => !Number.isFinite(x[0]) || !Number.isFinite(x[1]))) problems.push(`${what}: a coordinate is not a number`);
      }
    } else {
      problems.push(...polygonProblems(f, what));
    }
  }

  // Places
  for (const f of data.places.features) {
    const p = f.properties ?? {};
    const what = `place ${p.id}`;
    if (!p.en) problems.push(`${what}: missing "en"`);
    if (data.log) {
      const sources = data.log.places[p.id];
      for (const key of ['coord_source', 'names_source'] as const)
        if (!sources?.[key]) problems.push(`${what}: geo/log.json has no "${key}"`);
    }
    if (f.geometry.type !== 'Point') {
      problems.push(`${what}: geometry is ${f.geometry.type}, expected Point`);
      continue;
    }
    const pt = f.geometry as Point;
    const inside = validUnits
      .filter((u) => turf.booleanPointInPolygon(pt, u as Feature<Polygon | MultiPolygon>))
      .map((u) => u.properties?.id);
    const expected = p.district ?? null;
    const actual = inside[0] ?? null;
    if (inside.length > 1) problems.push(`${what}: lies in several units (${inside.join(', ')})`);
    else if (actual !== expected) problems.push(`${what}: lies in ${actual ?? 'none of the units'}, expected ${expected ?? 'none'}`);
  }

  // Events and clauses
  if (data.events) {
    const seen = new Set<string>();
    let prev = '';
    for (const e of data.events.events) {
      const what = `event ${e.id}`;
      if (seen.has(e.id)) problems.push(`${what}: duplicate id`);
      seen.add(e.id);
      if (!isDay(e.date)) problems.push(`${what}: date ${JSON.stringify(e.date)} is not a calendar day`);
      else if (e.date < prev) problems.push(`${what}: out of date order (after ${prev})`);
      else prev = e.date;
      if (!Array.isArray(e.sources) || e.sources.length === 0) problems.push(`${what}: no source`);
      if (!e.title || !e.summary) problems.push(`${what}: missing title or summary`);
    }
  }
  if (data.clauses) {
    const lineIds = new Set(data.lines.features.map((f) => f.properties?.id));
    for (const c of data.clauses.clauses) {
      const what = `clause ${c.number}`;
      const known = new Set([...unitIds, ...(data.areaIds ?? [])]);
      for (const a of [...(c.areas ?? []), ...(c.obligations ?? []).flatMap((o) => o.areas ?? [])])
        if (!known.has(a)) problems.push(`${what}: unknown area "${a}" (neither a 1988 unit nor an id in geo/sources/areas.json)`);
      for (const l of c.lines ?? []) if (!lineIds.has(l)) problems.push(`${what}: unknown line "${l}"`);
      for (const ev of [...(c.events ?? []), ...(c.obligations ?? []).map((o) => o.actual_event)]) {
        if (ev && !eventIds.has(ev)) problems.push(`${what}: unknown event "${ev}"`);
      }
    }
  }

  problems.push(...mirrorProblems(data));

  // District labels: one per unit, at its label_point, with its short names, inside the unit.
  if (data.districtLabels) {
    const labels = new Map(data.districtLabels.features.map((f) => [f.properties?.id as string, f]));
    for (const b of data.boundaries.features) {
      const id = b.properties!.id as string;
      const label = labels.get(id);
      labels.delete(id);
      if (!label || label.geometry.type !== 'Point') {
        problems.push(`district label ${id}: missing (run npm run geo:build)`);
        continue;
      }
      const at = (label.geometry as Point).coordinates;
      if (JSON.stringify(at) !== JSON.stringify(b.properties!.label_point))
        problems.push(
          `district label ${id}: at ${at.join(',')}, but the boundary's label_point is ${String(b.properties!.label_point)} (run npm run geo:build)`,
        );
      for (const k of ['short_en', 'short_hy', 'short_az', 'short_ru']) {
        if (label.properties?.[k] !== b.properties![k])
          problems.push(`district label ${id}: ${k} differs from the boundary's (run npm run geo:build)`);
      }
      if (!turf.booleanPointInPolygon(at, b as Feature<Polygon | MultiPolygon>))
        problems.push(`district label ${id}: lies outside its unit`);
    }
    for (const id of labels.keys()) problems.push(`district label ${id}: no such unit in boundaries.geojson`);
  }
  return problems;
}

/**
 * Sources must be the work, not a copy: every URL recorded in the events, the
 * clauses, the places and the change rows (geo/log.json) that points at a mirror or scrape
 * site, grouped by host, so the offenders can be fixed site by site.
 */
export function mirrorProblems(data: GeoData): string[] {
  const byHost = new Map<string, string[]>();
  const note = (url: unknown, where: string) => {
    if (typeof url !== 'string') return;
    const host = mirrorHost(url);
    if (host) byHost.set(host, [...(byHost.get(host) ?? []), where]);
  };
  for (const e of data.events?.events ?? []) for (const s of e.sources ?? []) note(s.url, `event ${e.id}`);
  for (const s of data.clauses?.official_text ?? []) note(s.url, 'clauses official_text');
  for (const c of data.clauses?.clauses ?? []) {
    for (const s of c.sources ?? []) note(s.url, `clause ${c.number}`);
    for (const o of c.obligations ?? []) for (const s of o.sources ?? []) note(s.url, `clause ${c.number}`);
  }
  for (const [id, p] of Object.entries(data.log?.places ?? {}))
    for (const url of [p.coord_source, p.names_source]) note(url, `place ${id}`);
  for (const r of data.log?.rows ?? []) note(r.source, `change of ${r.place} on ${r.date}`);
  return [...byHost]
    .sort()
    .map(([host, where]) => `mirror or scrape site ${host} cited by ${[...new Set(where)].join(', ')}: cite the canonical work instead`);
}
