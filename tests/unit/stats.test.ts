import { describe, it, expect, beforeAll } from 'vitest';
import * as turf from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { Atlas } from '../../src/model/atlas.ts';
import { committedData } from './committed.ts';
import { AreaStats } from '../../src/model/stats.ts';

let stats: AreaStats;
let zones: Feature<Polygon>[];

beforeAll(() => {
  const data = committedData();
  zones = data.zones.features as Feature<Polygon>[];
  const atlas = new Atlas(data, '2026-11-28');
  stats = new AreaStats(atlas.timeline, new Map(zones.map((f) => [f.properties!.id, f.properties!.area_km2])));
});

const turfKm2 = (ids: string[]) => ids.reduce((s, id) => s + turf.area(zones.find((f) => f.properties!.id === id)!) / 1e6, 0);

describe('area statistics', () => {
  it('sums to the whole area on every day', () => {
    const total = turfKm2(zones.map((f) => f.properties!.id));
    // Each cell's area_km2 is rounded to 0.1 km², so the sum may drift by up to 0.05 km² per cell.
    const tolerance = 0.05 * zones.length;
    for (const { areas } of stats.series()) {
      expect(Math.abs(areas.armenian + areas.azerbaijani + areas.peacekeepers - total)).toBeLessThanOrEqual(tolerance);
    }
  });

  it("between 26 Sep and 2 Dec 2020, lists what changed hands with the zones' own turf areas", () => {
    const t = stats.transitions('2020-09-26', '2020-12-02');
    const arAz = t.find((x) => x.from === 'armenian' && x.to === 'azerbaijani')!;
    const arPk = t.find((x) => x.from === 'armenian' && x.to === 'peacekeepers')!;
    expect(arAz.zones).toEqual(
      expect.arrayContaining(['agdam-town', 'kalbajar-town', 'lachin~rest', 'qubadli-town', 'shusha', 'fuzuli-town', 'jabrayil-town']),
    );
    expect(arAz.zones).not.toContain('stepanakert');
    expect(arAz.zones).not.toContain('shosh'); // claimed on 9 Nov 2020, but held by the Nagorno-Karabakh side after the ceasefire
    expect(arAz.zones).not.toContain('khtsaberd'); // lost on 12 Dec, after the second date
    expect(arAz.km2).toBeCloseTo(turfKm2(arAz.zones), 0);
    expect(arPk.zones.sort()).toEqual(['lachin-town', 'lachin~corridor-2020', 'lachin~corridor-2020~corridor-2022', 'sus', 'zabukh']);
    expect(t.every((x) => x.from !== x.to)).toBe(true);
  });

  it('has no change at all between two days with no event between them', () => {
    expect(stats.transitions('2021-01-01', '2021-12-31')).toEqual([]);
  });
});
