/** Thin, typed wrappers over turf's polygon overlay (turf 7 takes FeatureCollections). */
import * as turf from '@turf/turf';
import type { Feature, Polygon, MultiPolygon, Position } from 'geojson';

export type Area = Feature<Polygon | MultiPolygon>;

/** Snaps to 1e-6° (~0.1 m) so near-coincident vertices from earlier overlays coincide. */
function snap(a: Area): Area {
  return turf.truncate(a, { precision: 6, coordinates: 2, mutate: false }) as Area;
}

export function union(...parts: (Area | null)[]): Area | null {
  const list = parts.filter((p): p is Area => p !== null).map(snap);
  if (list.length === 0) return null;
  if (list.length === 1) return list[0]!;
  return turf.union(turf.featureCollection(list)) as Area | null;
}

export function intersect(a: Area | null, b: Area | null): Area | null {
  if (!a || !b) return null;
  return turf.intersect(turf.featureCollection([snap(a), snap(b)])) as Area | null;
}

export function difference(a: Area | null, b: Area | null): Area | null {
  if (!a) return null;
  if (!b) return a;
  return turf.difference(turf.featureCollection([snap(a), snap(b)])) as Area | null;
}

export function areaKm2(a: Area | null): number {
  return a ? turf.area(a) / 1e6 : 0;
}

/** A ring (or line) rounded to `decimals`, with the repeated positions that rounding makes dropped. */
export function roundRing(ring: Position[], decimals: number): Position[] {
  const f = 10 ** decimals;
  const out: Position[] = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x! * f) / f, Math.round(y! * f) / f];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Rounds to 6 decimals (~0.1 m) and drops slivers under `minKm2`, so outputs are stable and small. */
export function clean(a: Area | null, minKm2 = 0.01): Area | null {
  if (!a) return null;
  const r = (ring: Position[]) => roundRing(ring, 6);
  const polys: Position[][][] = a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
  const kept = polys
    .map((p) => p.map(r).filter((ring) => ring.length >= 4))
    .filter((p) => p.length > 0)
    .filter((p) => turf.area(turf.polygon(p)) / 1e6 >= minKm2);
  if (kept.length === 0) return null;
  const geometry: Polygon | MultiPolygon =
    kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
  const out: Area = { type: 'Feature', properties: {}, geometry };
  return turf.kinks(out).features.length ? unpinch(out, minKm2) : out;
}

/** Splits a ring at every vertex it visits twice into simple loops. */
export function splitPinches(ring: Position[]): Position[][] {
  const open = ring.slice(0, -1);
  const loops: Position[][] = [];
  const stack: Position[] = [];
  const index = new Map<string, number>();
  for (const p of open) {
    const key = `${p[0]},${p[1]}`;
    const at = index.get(key);
    if (at !== undefined) {
      const loop = stack.splice(at);
      for (const q of loop) index.delete(`${q[0]},${q[1]}`);
      loops.push([...loop, loop[0]!]);
    }
    index.set(key, stack.length);
    stack.push(p);
  }
  if (stack.length >= 3) loops.push([...stack, stack[0]!]);
  return loops.filter((l) => l.length >= 4);
}

/**
 * Overlays of generalised boundaries can leave a sliver hanging on a ring at a
 * single vertex (a "pinch", reported by turf.kinks). Split rings at repeated
 * vertices, drop the slivers, and keep holes with the loop that holds them.
 */
function unpinch(a: Area, minKm2: number): Area | null {
  const polys: Position[][][] = a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
  const out: Position[][][] = [];
  for (const [outer, ...holes] of polys) {
    const loops = splitPinches(outer!).filter((l) => turf.area(turf.polygon([l])) / 1e6 >= minKm2);
    const holeLoops = holes.flatMap((h) => splitPinches(h)).filter((l) => turf.area(turf.polygon([l])) / 1e6 >= minKm2);
    for (const loop of loops) {
      const poly = turf.polygon([loop]);
      out.push([loop, ...holeLoops.filter((h) => turf.booleanPointInPolygon(h[0]!, poly))]);
    }
  }
  if (out.length === 0) return null;
  return {
    type: 'Feature',
    properties: {},
    geometry: out.length === 1 ? { type: 'Polygon', coordinates: out[0]! } : { type: 'MultiPolygon', coordinates: out },
  };
}
