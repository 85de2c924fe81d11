/** The rules the views share (src/model/domain.ts), on the committed data and on small fixtures. */
import { describe, it, expect } from 'vitest';
import { Domain, currentEvent, ordered } from '../../src/model/domain.ts';
import type { ClausesFile, EventRecord } from '../../src/model/types.ts';
import { committedAtlas, readGeo } from './committed.ts';

const clauses = readGeo('clauses.json') as ClausesFile;
const domain = new Domain(committedAtlas('2026-12-01'), {
  zones: readGeo('zones.geojson'),
  boundaries: readGeo('boundaries.geojson'),
  clauses: clauses.clauses,
});
const zonesOf = (district: string) => domain.timeline.zones.filter((z) => z.district === district).map((z) => z.id);

describe('Domain: what a selection highlights', () => {
  it('a cell highlights itself; an unknown cell nothing', () => {
    const id = domain.timeline.zones[0]!.id;
    expect(domain.highlightOf({ kind: 'zone', id })).toEqual({ zones: [id], lines: [] });
    expect(domain.highlightOf({ kind: 'zone', id: 'no-such-cell' })).toEqual({ zones: [], lines: [] });
    expect(domain.highlightOf(null)).toEqual({ zones: [], lines: [] });
  });

  it('a unit highlights all of its cells and no others', () => {
    const h = domain.highlightOf({ kind: 'district', id: 'kalbajar' });
    expect(h.zones.length).toBeGreaterThan(3);
    expect(new Set(h.zones)).toEqual(new Set(zonesOf('kalbajar')));
  });

  it('an event highlights the cells it changed: the handover of Agdam, only Agdam cells', () => {
    const h = domain.highlightOf({ kind: 'event', id: 'agdam-handover-2020' });
    expect(h.zones.length).toBeGreaterThan(3);
    for (const z of h.zones) expect(zonesOf('agdam')).toContain(z);
  });

  it("point 6 highlights Kalbajar and Lachin and the corridor roads, but not the peacekeeping zone's outline", () => {
    const h = domain.highlightOf({ kind: 'clause', id: '6' });
    for (const z of zonesOf('kalbajar')) expect(h.zones).toContain(z);
    expect(h.zones.some((z) => zonesOf('lachin').includes(z))).toBe(true);
    expect(h.zones.some((z) => zonesOf('agdam').includes(z))).toBe(false);
    expect(h.lines).toEqual(['road-2020', 'road-2022']);
    expect(domain.highlightOf({ kind: 'clause', id: '3' }).lines).not.toContain('peacekeeping-zone');
  });
});

describe('Domain: what a bare id in a link means', () => {
  it('tries a unit, then a cell, then an event, then a point number', () => {
    expect(domain.resolve({ id: 'kalbajar' })).toEqual({ kind: 'district', id: 'kalbajar' });
    const cell = domain.timeline.zones.find((z) => !domain.has('district', z.id))!.id;
    expect(domain.resolve({ id: cell })).toEqual({ kind: 'zone', id: cell });
    expect(domain.resolve({ id: 'agdam-handover-2020' })).toEqual({ kind: 'event', id: 'agdam-handover-2020' });
    expect(domain.resolve({ id: '6' })).toEqual({ kind: 'clause', id: '6' });
    expect(domain.resolve({ id: 'atlantis' })).toBeNull();
  });

  it('keeps the kind a link names, and refuses an id that is not of that kind', () => {
    expect(domain.resolve({ kind: 'clause', id: '6' })).toEqual({ kind: 'clause', id: '6' });
    expect(domain.resolve({ kind: 'event', id: 'kalbajar' })).toBeNull();
    expect(domain.resolve({ kind: 'clause', id: '10' })).toBeNull();
  });
});

describe('Domain: the day a selection is best seen on', () => {
  it('an event: its day; a point: its first obligation met; Kalbajar: its handover of 25 Nov 2020', () => {
    expect(domain.keyDay({ kind: 'event', id: 'agdam-handover-2020' })).toBe('2020-11-20');
    expect(domain.keyDay({ kind: 'clause', id: '2' })).toBe('2020-11-20');
    expect(domain.keyDay({ kind: 'clause', id: '6' })).toBe('2020-11-25');
    // Point 7 (refugees) has no obligation met: the day the statement took effect.
    expect(domain.keyDay({ kind: 'clause', id: '7' })).toBe('2020-11-10');
    expect(domain.keyDay({ kind: 'district', id: 'kalbajar' })).toBe('2020-11-25');
    expect(domain.keyDay({ kind: 'event', id: 'no-such-event' })).toBeNull();
  });
});

describe('Domain: the current event, deadlines, the exported state, transitions', () => {
  const ev = (id: string, date: string): EventRecord => ({ id, date, type: 'x', title: id, summary: '', sources: [] });
  const events = [ev('a', '2020-09-27'), ev('b', '2020-11-10'), ev('c', '2020-11-20')];

  it('the current event is the last on or before the day', () => {
    expect(currentEvent(events, '2020-09-26')).toBeUndefined();
    expect(currentEvent(events, '2020-11-10')?.id).toBe('b');
    expect(currentEvent(events, '2020-11-19')?.id).toBe('b');
    expect(currentEvent(events, '2030-01-01')?.id).toBe('c');
    expect(currentEvent(domain.timeline.events, '2020-11-20')?.date).toBe('2020-11-20');
  });

  it('exports every cell with its holder on the day, Agdam town with Azerbaijan after 20 Nov 2020', () => {
    const before = domain.stateGeoJSON('2020-11-19');
    const after = domain.stateGeoJSON('2020-11-20');
    expect(after.features.length).toBe(domain.timeline.zones.length);
    expect(after.properties.date).toBe('2020-11-20');
    const changed = after.features.filter((f, i) => f.properties!.holder !== before.features[i]!.properties!.holder);
    expect(changed.length).toBeGreaterThan(3);
    for (const f of changed) {
      expect(f.properties!.district).toBe('agdam');
      expect(f.properties!.holder).toBe('azerbaijani');
      expect(f.properties!.since).toBe('2020-11-20');
    }
  });

  it('compares in either order: the earlier day first', () => {
    expect(ordered('2020-12-02', '2020-09-26')).toEqual(['2020-09-26', '2020-12-02']);
    expect(ordered('2020-09-26', '2020-12-02')).toEqual(['2020-09-26', '2020-12-02']);
    const t = domain.stats.transitions(...ordered('2020-12-02', '2020-09-26'));
    expect(t[0]).toMatchObject({ from: 'armenian', to: 'azerbaijani' });
  });
});
