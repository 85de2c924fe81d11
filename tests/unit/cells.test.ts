/** Territory cells on a small fixture: one unit cut in two by an area, three settlements, a short log. */
import { describe, it, expect } from 'vitest';
import * as turf from '@turf/turf';
import { buildCells, CELL_RADIUS_KM, type Shape } from '../../geo/lib/cells.ts';
import { fixturePlace } from './committed.ts';
import type { Area } from '../../geo/lib/turf_ops.ts';
import type { ChangeRow } from '../../src/model/control.ts';

const box = (w: number, s: number, e: number, n: number) => turf.bboxPolygon([w, s, e, n]) as Area;
const unit = box(46.0, 39.0, 46.3, 39.2);
const units = new Map([['nkao' as const, unit]]);
const shapes = new Map<string, Shape>([['west', { geometry: box(45.9, 38.9, 46.1, 39.3), cuts: ['nkao'] }]]);
const place = (id: string, lon: number, lat: number) => fixturePlace(id, 'nkao', lat, lon);
const row = (date: string, p: string, holder: ChangeRow['holder']): ChangeRow => ({
  date,
  place: p,
  holder,
  event: 'e',
  confidence: 'confirmed',
  source: 'https://example.org/',
  note: '',
});
const rows = [row('1988-02-20', 'nkao', 'azerbaijani'), row('1993-08-23', 'west', 'armenian'), row('2020-10-04', 'a', 'azerbaijani')];
const places = [place('a', 46.03, 39.1), place('b', 46.07, 39.15), place('c', 46.2, 39.1)];
const km2 = (a: Area) => turf.area(a) / 1e6;

describe('buildCells', () => {
  const { cells, problems } = buildCells(units, shapes, {}, places, rows);

  it('covers the unit exactly, without overlaps', () => {
    expect(problems).toEqual([]);
    const total = cells.reduce((s, c) => s + km2(c.geometry), 0);
    expect(total).toBeCloseTo(km2(unit), 1);
    const union = turf.union(turf.featureCollection(cells.map((c) => c.geometry)))!;
    expect(km2(union as Area)).toBeCloseTo(total, 1);
  });

  it('gives each settlement its land on its side of the area edge, within the cell radius', () => {
    expect(cells.map((c) => c.id).sort()).toEqual(['a', 'b', 'c', 'nkao~rest', 'nkao~west']);
    const c = cells.find((x) => x.id === 'c')!;
    expect(turf.booleanWithin(c.geometry, box(46.1 - 1e-6, 38.9, 46.4, 39.3))).toBe(true);
    const [w, s, e, n] = turf.bbox(c.geometry);
    expect((e - w) * 85.6).toBeLessThanOrEqual(2 * CELL_RADIUS_KM + 0.1);
    expect((n - s) * 111.3).toBeLessThanOrEqual(2 * CELL_RADIUS_KM + 0.1);
  });

  it('resolves each cell from the rows of its settlement and of the areas holding it', () => {
    const holders = (id: string) => cells.find((x) => x.id === id)!.history.map((h) => `${h.from} ${h.holder}`);
    expect(holders('a')).toEqual(['1988-02-20 azerbaijani', '1993-08-23 armenian', '2020-10-04 azerbaijani']);
    expect(holders('b')).toEqual(['1988-02-20 azerbaijani', '1993-08-23 armenian']);
    expect(holders('nkao~west')).toEqual(['1988-02-20 azerbaijani', '1993-08-23 armenian']);
    expect(holders('c')).toEqual(['1988-02-20 azerbaijani']);
  });

  it('refuses a settlement on the edge of an area that cuts its unit, and one outside its unit', () => {
    const { problems: p } = buildCells(units, shapes, {}, [...places, place('d', 46.1, 39.05), place('e', 47.0, 39.1)], rows);
    expect(p).toEqual([
      'geo/sources/places.csv:2: d lies 0 m from the edge of area west, so its side is ambiguous: draw the line past it, on the side it was on (geo/sources/lines.json or areas.json)',
      'geo/sources/places.csv:2: e is not in its unit nkao (it lies outside every unit)',
    ]);
  });
});
