/**
 * Territory cells, derived from the settlements and the areas:
 * 1. each 1988 unit is cut by every ring and buffer area into pieces, so a
 *    piece lies wholly inside or outside each area (the lines a front is
 *    known to have followed become cell edges);
 * 2. within each piece, every settlement (and height) of places.csv gets its
 *    Voronoi cell: the land of the piece nearer to it than to any other
 *    settlement of the piece, and no farther than CELL_RADIUS_KM from it; the
 *    rest of the piece (all of it, if it has no settlement) is one cell of
 *    land with no settlement of record, which follows the rows of its areas;
 * 3. each cell's history comes from the change log by the rule of
 *    src/model/control.ts: rows naming its settlement, or an area holding it.
 */
import * as turf from '@turf/turf';
import type { FeatureCollection, Point, Position } from 'geojson';
import { type Area, intersect, difference, union, clean, areaKm2 } from './turf_ops.ts';
import { type AreaSource, isSetArea, inArea } from './areas.ts';
import { type Place, SETTLED_KINDS } from './places.ts';
import type { DistrictId } from './districts.ts';
import { resolveHistory, type ChangeRow } from '../../src/model/control.ts';
import type { Period } from '../../src/model/types.ts';

export interface Piece {
  unit: DistrictId;
  inside: Set<string>;
  geometry: Area;
}
export interface Cell {
  id: string;
  unit: DistrictId;
  place: Place | null;
  areas: string[];
  geometry: Area;
  history: Period[];
}

const MIN_KM2 = 0.02;

/**
 * How far a settlement's cell reaches at most. A village's history says
 * nothing about land 20 km away: beyond this, land belongs to no settlement of
 * record and follows the rows naming its areas (a district, a side of a line).
 */
export const CELL_RADIUS_KM = 6;

/**
 * Distances for cells are measured in a local equirectangular projection
 * (longitude scaled by the cosine of the region's mid-latitude), where a
 * degree of longitude and of latitude are the same length to within 2 % across
 * the region. Voronoi edges and discs use this one metric, so the cells of a
 * piece and its land with no settlement fit without gaps.
 */
const K = Math.cos((39.7 * Math.PI) / 180);
const KM_PER_DEG = 111.32;
const toPlane = (p: Position): Position => [p[0]! * K, p[1]!];
const fromPlane = (ring: Position[]): Position[] => ring.map((p) => [p[0]! / K, p[1]!]);

/** A disc of CELL_RADIUS_KM around a place, as a 32-gon in that metric. */
function disc(p: Place): Area {
  const [cx, cy] = toPlane([p.lon, p.lat]) as [number, number];
  const r = CELL_RADIUS_KM / KM_PER_DEG;
  const ring: Position[] = [];
  for (let i = 0; i < 32; i++) ring.push([cx + r * Math.cos((2 * Math.PI * i) / 32), cy + r * Math.sin((2 * Math.PI * i) / 32)]);
  ring.push(ring[0]!);
  return turf.polygon([fromPlane(ring)]) as Area;
}

/** Voronoi polygons of the places in that metric, in the places' order (undefined where d3 gives none). */
function voronoiOf(places: readonly Place[], bbox: number[]): (Area | undefined)[] {
  const [w, s, e, n] = bbox as [number, number, number, number];
  const pts: FeatureCollection<Point> = turf.featureCollection(places.map((p) => turf.point(toPlane([p.lon, p.lat]))));
  const vor = turf.voronoi(pts, { bbox: [(w - 0.1) * K, s - 0.1, (e + 0.1) * K, n + 0.1] });
  return places.map((_, i) => {
    const f = vor.features[i];
    return f ? (turf.polygon(f.geometry.coordinates.map(fromPlane)) as Area) : undefined;
  });
}

export interface Shape {
  geometry: Area;
  cuts: readonly string[];
}

/** Cuts each unit by every shape that lists it in `cuts`, in id order. */
export function pieces(units: ReadonlyMap<DistrictId, Area>, shapes: ReadonlyMap<string, Shape>): Piece[] {
  const out: Piece[] = [];
  const ids = [...shapes.keys()].sort();
  for (const [unit, geometry] of units) {
    let list: Piece[] = [{ unit, inside: new Set([unit]), geometry }];
    for (const id of ids) {
      const { geometry: shape, cuts } = shapes.get(id)!;
      if (!cuts.includes(unit)) continue;
      const next: Piece[] = [];
      for (const p of list) {
        const [w, s, e, n] = turf.bbox(shape);
        const [pw, ps, pe, pn] = turf.bbox(p.geometry);
        if (pw > e || pe < w || ps > n || pn < s) {
          next.push(p);
          continue;
        }
        const a = clean(intersect(p.geometry, shape), MIN_KM2);
        const b = clean(difference(p.geometry, shape), MIN_KM2);
        if (a) next.push({ unit, inside: new Set([...p.inside, id]), geometry: a });
        if (b) next.push({ unit, inside: new Set(p.inside), geometry: b });
      }
      list = next;
    }
    out.push(...list);
  }
  return out;
}

function pointIn(p: Place, a: Area): boolean {
  return turf.booleanPointInPolygon([p.lon, p.lat], a);
}

export interface CellsResult {
  cells: Cell[];
  problems: string[];
  /** Not errors, but worth a look: rows that change nothing on the map. */
  notes: string[];
}

/** How close to the edge of an area that cuts its unit a settlement may lie before its side is ambiguous. */
export const EDGE_TOLERANCE_M = 25;

export function buildCells(
  units: ReadonlyMap<DistrictId, Area>,
  shapes: ReadonlyMap<string, Shape>,
  areas: Record<string, AreaSource>,
  places: readonly Place[],
  rows: readonly ChangeRow[],
): CellsResult {
  const problems: string[] = [];
  const all = pieces(units, shapes);
  const seeds = new Map<Piece, Place[]>(all.map((p) => [p, []]));
  for (const place of places) {
    const unitShape = place.unit ? units.get(place.unit) : undefined;
    const where = `geo/sources/places.csv:${place.line}: ${place.id}`;
    if (place.unit && unitShape && !pointIn(place, unitShape)) {
      const actual = [...units].find(([, a]) => pointIn(place, a))?.[0];
      problems.push(`${where} is not in its unit ${place.unit} (${actual ? `it lies in ${actual}` : 'it lies outside every unit'})`);
      continue;
    }
    if (!place.unit) {
      const actual = [...units].find(([, a]) => pointIn(place, a))?.[0];
      if (actual) problems.push(`${where} has no unit but lies in ${actual}`);
      continue;
    }
    if (!SETTLED_KINDS.includes(place.kind)) continue;
    for (const [id, { geometry, cuts }] of shapes) {
      if (!cuts.includes(place.unit)) continue;
      const edge = turf.polygonToLine(geometry);
      const lines = edge.type === 'FeatureCollection' ? edge.features : [edge];
      const d = Math.min(...lines.map((l) => turf.pointToLineDistance([place.lon, place.lat], l as never, { units: 'meters' })));
      if (d < EDGE_TOLERANCE_M)
        problems.push(
          `${where} lies ${d.toFixed(0)} m from the edge of area ${id}, so its side is ambiguous: draw the line past it, on the side it was on (geo/sources/lines.json or areas.json)`,
        );
    }
    const piece = all.find((p) => p.unit === place.unit && pointIn(place, p.geometry));
    if (!piece) {
      problems.push(`${where} falls in no piece of ${place.unit} (on an edge?)`);
      continue;
    }
    seeds.get(piece)!.push(place);
  }

  const cells: Cell[] = [];
  const areaIds = Object.keys(areas);
  const membership = (inside: Set<string>) => [...inside, ...areaIds.filter((id) => isSetArea(areas[id]!) && inArea(id, inside, areas))];
  for (const piece of all) {
    const list = seeds.get(piece)!.sort((a, b) => (a.id < b.id ? -1 : 1));
    const inAreas = membership(piece.inside).sort();
    const shapesIn = [...piece.inside].filter((id) => id !== piece.unit).sort();
    const restId = [piece.unit, ...shapesIn].join('~') + (shapesIn.length ? '' : '~rest');
    if (list.length === 0) {
      cells.push({ id: restId, unit: piece.unit, place: null, areas: inAreas, geometry: piece.geometry, history: [] });
      continue;
    }
    const discs = list.map(disc);
    const vor = list.length === 1 ? [undefined] : voronoiOf(list, turf.bbox(piece.geometry));
    list.forEach((place, i) => {
      const own = vor[i] ? intersect(discs[i]!, vor[i]!) : list.length === 1 ? discs[i]! : null;
      const geometry = own ? clean(intersect(piece.geometry, own), MIN_KM2) : null;
      if (!geometry) {
        problems.push(`geo/sources/places.csv:${place.line}: ${place.id} gets no land (a duplicate position?)`);
        return;
      }
      cells.push({ id: place.id, unit: piece.unit, place, areas: inAreas, geometry, history: [] });
    });
    // Voronoi cells split the discs' union exactly, so the rest of the piece is the piece minus the discs.
    const rest = clean(difference(piece.geometry, union(...discs)), MIN_KM2);
    if (rest) cells.push({ id: restId, unit: piece.unit, place: null, areas: inAreas, geometry: rest, history: [] });
  }

  const notes: string[] = [];
  for (const c of cells) {
    const { periods, conflicts, unchanged } = resolveHistory(c.place?.id ?? null, new Set(c.areas), rows);
    problems.push(...conflicts.map((m) => `geo/sources/changes.csv: cell ${c.id}: ${m}`));
    for (const r of unchanged)
      notes.push(
        `geo/sources/changes.csv:${r.line}: ${r.place} was already held by the ${r.holder} side on ${r.date}; the row changes nothing on the map`,
      );
    c.history = periods;
  }
  const withLand = new Set(cells.flatMap((c) => (c.place ? [c.place.id] : [])));
  for (const r of rows)
    if (places.some((p) => p.id === r.place) && !withLand.has(r.place))
      notes.push(
        `geo/sources/changes.csv:${r.line}: ${r.place} has no land of its own (a landmark, or outside the eight units); the row is kept in the record but changes no cell`,
      );
  return { cells: cells.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), problems, notes };
}

export { areaKm2 };
