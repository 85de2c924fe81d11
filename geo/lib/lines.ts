/** Hand-digitised lines of geo/sources/lines.json, with stretches that reuse other lines. */
import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';

export interface CoordStretch { follows: string; coords: Position[] }
export interface RefStretch { follows: string; ref: string; from: number; to: number }
export type Stretch = CoordStretch | RefStretch;

export interface LineSource {
  id: string;
  kind: 'line-of-contact' | 'ceasefire-line' | 'corridor-road';
  name: string;
  valid_from: string;
  valid_to: string | null;
  accuracy_m: number;
  stretches: Stretch[];
}

export function loadLines(path: string): Map<string, LineSource> {
  const json = JSON.parse(readFileSync(path, 'utf8')) as { lines: LineSource[] };
  return new Map(json.lines.map((l) => [l.id, l]));
}

/** Takes vertices i..j of a coordinate list, reversed when i > j. */
export function slice(coords: Position[], from: number, to: number, what: string): Position[] {
  const n = coords.length;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < 0 || from >= n || to >= n) {
    throw new Error(`${what}: vertex range ${from}..${to} is outside 0..${n - 1}`);
  }
  return from <= to ? coords.slice(from, to + 1) : coords.slice(to, from + 1).reverse();
}

/** The flattened coordinates of a line, resolving references to other lines. */
export function resolveLine(id: string, lines: Map<string, LineSource>, seen: string[] = []): Position[] {
  const line = lines.get(id);
  if (!line) throw new Error(`line "${id}" is not in geo/sources/lines.json`);
  if (seen.includes(id)) throw new Error(`line "${id}" refers to itself through ${seen.join(' → ')}`);
  const out: Position[] = [];
  for (const s of line.stretches) {
    const part = 'ref' in s ? slice(resolveLine(s.ref, lines, [...seen, id]), s.from, s.to, `line ${id} → ${s.ref}`) : s.coords;
    for (const p of part) {
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
  }
  return out;
}
