/** Pins the facts of the timeline against the data of record. */
import { describe, it, expect, beforeAll } from 'vitest';
import { Atlas } from '../../src/model/atlas.ts';
import { committedAtlas, committedData, readGeo } from './committed.ts';

const read = readGeo;
let atlas: Atlas;

beforeAll(() => {
  atlas = committedAtlas('2026-11-28');
});

const TOWNS = {
  agdam: [46.9306, 39.9931],
  kalbajar: [46.0383, 40.1067],
  lachin: [46.5469, 39.6408],
  shusha: [46.7483, 39.7583],
  stepanakert: [46.7519, 39.8153],
  jabrayil: [47.0261, 39.4],
  goris: [46.3386, 39.5078],
} as const;

const holder = (town: keyof typeof TOWNS, day: string) => atlas.status(TOWNS[town][0], TOWNS[town][1], day).holder;

describe('control of towns over time', () => {
  it('Kalbajar: Armenian-held on 16 and 24 Nov 2020 (handover postponed), Azerbaijani from 25 Nov', () => {
    expect(holder('kalbajar', '2020-11-16')).toBe('armenian');
    expect(holder('kalbajar', '2020-11-24')).toBe('armenian');
    expect(holder('kalbajar', '2020-11-25')).toBe('azerbaijani');
    expect(holder('kalbajar', '2020-11-26')).toBe('azerbaijani');
  });

  it('Agdam town changes on 20 Nov 2020 under point 2', () => {
    expect(holder('agdam', '2020-11-19')).toBe('armenian');
    const s = atlas.status(TOWNS.agdam[0], TOWNS.agdam[1], '2020-11-21');
    expect(s).toMatchObject({
      holder: 'azerbaijani',
      district: 'agdam',
      since: { date: '2020-11-20', event: 'agdam-handover-2020', clause: 2 },
    });
  });

  it('Lachin town: peacekeepers in 2021 (point 6), Azerbaijani from 26 Aug 2022', () => {
    const s = atlas.status(TOWNS.lachin[0], TOWNS.lachin[1], '2021-06-01');
    expect(s.holder).toBe('peacekeepers');
    expect(s.district).toBe('lachin');
    expect(s.peacekeeping).toBe(true);
    expect(s.since).toMatchObject({ date: '2020-11-10', clause: 6 });
    expect(holder('lachin', '2022-08-25')).toBe('peacekeepers');
    expect(holder('lachin', '2022-08-26')).toBe('azerbaijani');
  });

  it('Shusha changes on 8 Nov 2020; Stepanakert stays with the NK authorities until Sep 2023', () => {
    expect(holder('shusha', '2020-11-07')).toBe('armenian');
    expect(holder('shusha', '2020-11-08')).toBe('azerbaijani');
    expect(holder('stepanakert', '2020-11-21')).toBe('armenian');
    expect(holder('stepanakert', '2023-09-19')).toBe('armenian');
    expect(holder('stepanakert', '2023-09-21')).toBe('azerbaijani');
  });

  it('Goris, in Armenia, is in no zone', () => {
    expect(atlas.status(TOWNS.goris[0], TOWNS.goris[1], '2021-01-01')).toMatchObject({
      holder: null,
      zone: null,
      district: null,
      since: null,
    });
  });
});

describe('timeline', () => {
  it('steps to the next and previous event', () => {
    expect(atlas.timeline.nextEvent('2020-11-19')?.date).toBe('2020-11-20');
    expect(atlas.timeline.previousEvent('2020-11-25')?.id).toBe('agdam-handover-2020');
    expect(atlas.timeline.nextEvent('2020-11-20')?.id).toBe('kalbajar-handover-2020');
    expect(atlas.timeline.previousEvent('1988-02-20')).toBeUndefined();
  });

  it('knows which cells an event changed, from the cells themselves', () => {
    // The Agdam handover: every cell of the district west of the 1994 line (settlements and the land between them), none east of it.
    const west = atlas.timeline.zones.filter((z) => z.district === 'agdam' && z.areas?.includes('agdam-west-of-1994')).map((z) => z.id);
    expect(atlas.timeline.zonesChangedBy('agdam-handover-2020')).toEqual(west.sort());
    expect(west).toEqual(expect.arrayContaining(['agdam-town', 'agdam~rest', 'papravend', 'shuraabad', 'sarijali-agdam', 'marzili']));
    for (const east of ['quzanli', 'zangishali', 'shukuraghali', 'kolgishlag']) expect(west).not.toContain(east);
    // Kalbajar was held whole: every one of its cells changes with the handover.
    const kalbajar = atlas.timeline.zones.filter((z) => z.district === 'kalbajar').map((z) => z.id);
    expect(kalbajar.length).toBeGreaterThan(2);
    expect(atlas.timeline.zonesChangedBy('kalbajar-handover-2020')).toEqual(kalbajar.sort());
  });

  it('knows the cells of a named area', () => {
    expect(atlas.timeline.zonesIn(new Set(['corridor-2020-only']))).toEqual(['lachin-town', 'lachin~corridor-2020']);
  });
});

describe('the log behind the cells (geo/log.json)', () => {
  const data = () => committedData();

  it('gives every period its source and the place or area its row names, once attached', () => {
    const a = new Atlas(data(), '2026-11-28');
    const [lon, lat] = TOWNS.shusha;
    expect(a.status(lon, lat, '2020-11-10').since?.source).toBeNull();
    a.attachLog(read('log.json'));
    expect(a.status(lon, lat, '2020-11-10').since).toMatchObject({ date: '2020-11-08', source: expect.stringMatching(/^https:\/\//) });
    const shusha = a.timeline.zones.find((z) => z.place === 'shusha')!;
    expect(shusha.history.at(-1)!.by).toBe('shusha');
  });

  it('refuses a log that does not match the cells, naming the cell', () => {
    const log = read('log.json');
    log.rows = log.rows.slice(0, 3);
    expect(() => new Atlas({ ...data(), log }, '2026-11-28')).toThrow(/log\.json does not match zones\.geojson: cell \S+, period from/);
  });
});
