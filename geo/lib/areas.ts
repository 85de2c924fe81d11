/**
 * Named areas of geo/sources/areas.json, which change rows can name besides
 * places and the 1988 units. An area is one of:
 * - `ring`: a polygon drawn along named points and stretches of lines
 *   (parts: a place or waypoint id, a `[lon, lat]` vertex, or
 *   `{ "line", "from", "to" }` following a line between two of its named points);
 * - `buffer`: a band of `width_km` along a line (the Lachin corridor);
 * - `of` / `minus`: the land in every area of `of` and in none of `minus`
 *   (areas or 1988 units), for rows that apply to part of a unit.
 * Ring and buffer areas cut the units they list in `cuts` into pieces (every
 * cell there lies wholly in or out of each); `of`/`minus` areas are read from
 * those pieces.
 */
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Position, Feature, Polygon } from 'geojson';
import { type Area, union } from './turf_ops.ts';
import type { Lines, LineRef } from './lines.ts';

export type RingPart = string | Position | LineRef;
interface Common {
  name: string;
  note: string;
}
/** `cuts`: the 1988 units whose cells the area's edge splits. */
export interface RingArea extends Common {
  cuts: string[];
  ring: RingPart[];
}
export interface BufferArea extends Common {
  cuts: string[];
  buffer: { line: string; width_km: number };
}
export interface SetArea extends Common {
  of: string[];
  minus?: string[];
}
export type AreaSource = RingArea | BufferArea | SetArea;

export function loadAreas(path: string): Record<string, AreaSource> {
  return (JSON.parse(readFileSync(path, 'utf8')) as { areas: Record<string, AreaSource> }).areas;
}

export const isSetArea = (a: AreaSource): a is SetArea => 'of' in a;

/** The polygon of a ring or buffer area. */
export function areaShape(id: string, a: RingArea | BufferArea, lines: Lines): Area {
  if ('buffer' in a) {
    const line = turf.lineString(lines.coordinates(a.buffer.line));
    return turf.buffer(line, a.buffer.width_km / 2, { units: 'kilometers', steps: 16 }) as Area;
  }
  const ring: Position[] = [];
  for (const part of a.ring) {
    const what = `geo/sources/areas.json: area ${id}`;
    const pts =
      typeof part === 'string' ? [lines.point(part, what)] : Array.isArray(part) ? [part] : lines.stretch(part, what).map((v) => v.at);
    for (const p of pts) {
      const last = ring[ring.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
    }
  }
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) ring.push(first);
  if (ring.length < 4) throw new Error(`geo/sources/areas.json: area ${id} has fewer than three points`);
  const poly = turf.polygon([ring], { id });
  // A ring drawn along lines can cross itself where a line doubles back;
  // unkinkPolygon splits it into simple parts that union back to the same area.
  const parts = turf.unkinkPolygon(poly).features as Area[];
  return (parts.length === 1 ? parts[0]! : union(...parts)!) as Feature<Polygon> as Area;
}

/** Whether a cell holding `inside` (its unit and the ring/buffer areas it lies in) is in area `id`. */
export function inArea(id: string, inside: ReadonlySet<string>, areas: Record<string, AreaSource>, seen: string[] = []): boolean {
  if (inside.has(id)) return true;
  const a = areas[id];
  if (!a || !isSetArea(a)) return false;
  if (seen.includes(id)) throw new Error(`geo/sources/areas.json: area ${id} is defined through itself (${seen.join(' → ')})`);
  const next = [...seen, id];
  return a.of.every((o) => inArea(o, inside, areas, next)) && !(a.minus ?? []).some((m) => inArea(m, inside, areas, next));
}
