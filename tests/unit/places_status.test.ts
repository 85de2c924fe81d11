/**
 * Every dated row about a settlement is what `npm run status` answers at that settlement: on the row's day the
 * holder is the row's (with its source), and the day before it is the holder the settlement had until then.
 */
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { committedAtlas } from './committed.ts';
import { addDays } from '../../src/model/calendar.ts';
import { GEO_DIR } from '../../geo/lib/build_all.ts';
import { loadPlaces, SETTLED_KINDS } from '../../geo/lib/places.ts';
import { loadChanges } from '../../geo/lib/changes.ts';

describe('status at each settlement with rows of its own', () => {
  const atlas = committedAtlas('2026-12-01', true);
  const places = new Map(loadPlaces(join(GEO_DIR, 'sources', 'places.csv')).map((p) => [p.id, p]));
  const rows = loadChanges(join(GEO_DIR, 'sources', 'changes.csv')).filter((r) => {
    const p = places.get(r.place);
    return p && p.unit && SETTLED_KINDS.includes(p.kind);
  });

  it('covers the settlements added so far', () => {
    expect(new Set(rows.map((r) => r.place)).size).toBeGreaterThanOrEqual(165);
  });

  it('answers each row on its day, at the settlement itself, and the holder before it the day before', () => {
    const wrong: string[] = [];
    for (const r of rows) {
      const p = places.get(r.place)!;
      const on = atlas.status(p.lon, p.lat, r.date);
      if (on.place !== r.place) wrong.push(`${r.place}: the point lies in cell ${on.zone}, not its own`);
      else if (on.holder !== r.holder) wrong.push(`${r.place} ${r.date}: ${on.holder}, row says ${r.holder}`);
      else if (!on.since?.source) wrong.push(`${r.place} ${r.date}: no source`);
      const before = atlas.status(p.lon, p.lat, addDays(r.date, -1));
      // A row that changes the holder starts a period on its day; one that repeats it leaves the earlier period on.
      if (before.holder !== r.holder && on.since?.date !== r.date) wrong.push(`${r.place} ${r.date}: the period starts ${on.since?.date}`);
    }
    expect(wrong).toEqual([]);
  });
});
