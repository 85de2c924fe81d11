/**
 * Hand-digitised lines of geo/sources/lines.json. A line is a list of
 * stretches; a stretch either lists its points or follows another line
 * between two of that line's named points. A point is a place id of
 * places.csv (the line passes through that settlement or height), a named
 * waypoint `{ "id", "at": [lon, lat], "note" }` (a junction or turn with no
 * place of its own), or a bare `[lon, lat]` vertex between them. Nothing
 * refers to a vertex by its index, so inserting a vertex never moves another
 * line or area.
 */
import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';

export interface Waypoint {
  id: string;
  at: Position;
  note?: string;
}
export type LinePoint = string | Position | Waypoint;
/** A stretch of another line, from one of its named points to another (reversed when `from` comes after `to`). */
export interface LineRef {
  line: string;
  from: string;
  to: string;
}
export interface PointsStretch {
  follows: string;
  points: LinePoint[];
}
export interface RefStretch extends LineRef {
  follows: string;
}
export type Stretch = PointsStretch | RefStretch;

export interface LineSource {
  id: string;
  kind: 'line-of-contact' | 'ceasefire-line' | 'corridor-road';
  name: string;
  valid_from: string;
  valid_to: string | null;
  accuracy_m: number;
  stretches: Stretch[];
}

/** A resolved vertex, with the name of the place or waypoint it is (if any). */
export interface Vertex {
  at: Position;
  name?: string;
}

export class Lines {
  readonly byId: Map<string, LineSource>;
  private readonly _waypoints = new Map<string, Waypoint>();
  private readonly _resolved = new Map<string, Vertex[]>();

  constructor(
    lines: LineSource[],
    private readonly _places: ReadonlyMap<string, Position>,
  ) {
    this.byId = new Map(lines.map((l) => [l.id, l]));
    for (const l of lines)
      for (const s of l.stretches)
        if ('points' in s)
          for (const p of s.points)
            if (isWaypoint(p)) {
              if (this._waypoints.has(p.id) || _places.has(p.id))
                throw new Error(`geo/sources/lines.json: waypoint id "${p.id}" is used twice (or is a place id)`);
              this._waypoints.set(p.id, p);
            }
  }

  /** The coordinates of a named point: a place or a waypoint. */
  point(name: string, what: string): Position {
    const p = this._places.get(name) ?? this._waypoints.get(name)?.at;
    if (!p) throw new Error(`${what}: "${name}" is neither a place in places.csv nor a waypoint in lines.json`);
    return p;
  }

  has(name: string): boolean {
    return this._places.has(name) || this._waypoints.has(name);
  }

  /** Every vertex of a line, references to other lines resolved. */
  vertices(id: string, seen: string[] = []): Vertex[] {
    const done = this._resolved.get(id);
    if (done) return done;
    const line = this.byId.get(id);
    if (!line) throw new Error(`geo/sources/lines.json: there is no line "${id}"`);
    if (seen.includes(id)) throw new Error(`geo/sources/lines.json: line "${id}" refers to itself through ${seen.join(' → ')}`);
    const out: Vertex[] = [];
    for (const s of line.stretches) {
      const what = `geo/sources/lines.json: line ${id}`;
      const part = 'points' in s ? s.points.map((p) => this._vertex(p, what)) : this.stretch(s, what, [...seen, id]);
      for (const v of part) {
        const last = out[out.length - 1];
        if (last && last.at[0] === v.at[0] && last.at[1] === v.at[1]) {
          last.name ??= v.name;
          continue;
        }
        out.push({ ...v });
      }
    }
    this._resolved.set(id, out);
    return out;
  }

  coordinates(id: string): Position[] {
    return this.vertices(id).map((v) => v.at);
  }

  /** The vertices of `ref.line` from the point named `ref.from` to the one named `ref.to`. */
  stretch(ref: LineRef, what: string, seen: string[] = []): Vertex[] {
    const vs = this.vertices(ref.line, seen);
    const i = vs.findIndex((v) => v.name === ref.from);
    const j = vs.findIndex((v) => v.name === ref.to);
    const names = vs
      .filter((v) => v.name)
      .map((v) => v.name)
      .join(', ');
    if (i < 0) throw new Error(`${what}: line ${ref.line} does not pass through "${ref.from}" (its named points: ${names})`);
    if (j < 0) throw new Error(`${what}: line ${ref.line} does not pass through "${ref.to}" (its named points: ${names})`);
    return i <= j ? vs.slice(i, j + 1) : vs.slice(j, i + 1).reverse();
  }

  private _vertex(p: LinePoint, what: string): Vertex {
    if (typeof p === 'string') return { at: this.point(p, what), name: p };
    if (isWaypoint(p)) return { at: p.at, name: p.id };
    return { at: p };
  }
}

function isWaypoint(p: LinePoint): p is Waypoint {
  return typeof p === 'object' && !Array.isArray(p);
}

export function loadLines(path: string): LineSource[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { lines: LineSource[] }).lines;
}
