/**
 * Control zones: each 1988 unit is carved into zones by the areas and corridor
 * buffers of geo/sources/zones.json (see its description for the rules).
 */
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Position, Feature, Polygon } from 'geojson';
import { type Area, intersect, difference, union, clean } from './turf_ops.ts';
import { type LineSource, resolveLine, slice } from './lines.ts';
import type { DistrictId } from './districts.ts';

import type { Holder } from '../../src/model/types.ts';

export interface Period { from: string; to?: string; holder: Holder; event: string }
export interface ZoneSource { id: string; district: DistrictId; within?: string[]; name: string; history: Period[] }
export type RingPart = Position | { line: string; from: number; to: number };
export interface AreaSource { note: string; ring: RingPart[] }
export interface BufferSource { line: string; width_km: number; note: string }
export interface ZonesFile { areas: Record<string, AreaSource>; buffers: Record<string, BufferSource>; zones: ZoneSource[] }

export function loadZonesFile(path: string): ZonesFile {
  return JSON.parse(readFileSync(path, 'utf8')) as ZonesFile;
}

export function areaPolygon(id: string, src: AreaSource, lines: Map<string, LineSource>): Feature<Polygon> {
  const ring: Position[] = [];
  for (const part of src.ring) {
    const pts = Array.isArray(part) ? [part] : slice(resolveLine(part.line, lines), part.from, part.to, `area ${id}`);
    for (const p of pts) {
      const last = ring[ring.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
    }
  }
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) ring.push(first);
  const poly = turf.polygon([ring], { id });
  // A ring drawn from line stretches can cross itself where a line doubles back;
  // unkinkPolygon splits it into simple parts that union back to the same area.
  const parts = turf.unkinkPolygon(poly).features as Area[];
  const merged = parts.length === 1 ? parts[0]! : union(...parts)!;
  return merged as Feature<Polygon>;
}

export function bufferPolygon(src: BufferSource, lines: Map<string, LineSource>): Area {
  const line = turf.lineString(resolveLine(src.line, lines));
  return turf.buffer(line, src.width_km / 2, { units: 'kilometers', steps: 16 }) as Area;
}

export interface BuiltZone { source: ZoneSource; geometry: Area | null }

export function buildZones(file: ZonesFile, units: Map<DistrictId, Area>, lines: Map<string, LineSource>): BuiltZone[] {
  const shapes = new Map<string, Area>();
  for (const [id, a] of Object.entries(file.areas)) shapes.set(id, areaPolygon(id, a, lines) as Area);
  for (const [id, b] of Object.entries(file.buffers)) shapes.set(id, bufferPolygon(b, lines));

  const remaining = new Map<DistrictId, Area | null>(units);
  const out: BuiltZone[] = [];
  for (const z of file.zones) {
    if (!units.has(z.district)) throw new Error(`zone ${z.id}: unknown district "${z.district}"`);
    let shape: Area | null = remaining.get(z.district) ?? null;
    for (const w of z.within ?? []) {
      const s = shapes.get(w);
      if (!s) throw new Error(`zone ${z.id}: unknown area or buffer "${w}"`);
      shape = intersect(shape, s);
    }
    const geometry = clean(shape, 0.05);
    out.push({ source: z, geometry });
    if (geometry) remaining.set(z.district, clean(difference(remaining.get(z.district) ?? null, geometry), 0.05));
  }
  return out;
}
