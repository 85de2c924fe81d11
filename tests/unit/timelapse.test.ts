/** The time-lapse film's rules (src/model/timelapse.ts), on fixtures: a timeline from 1988-02-20 to 2026-12-07. */
import { describe, it, expect } from 'vitest';
import {
  checkFilm,
  defaultRange,
  filmDays,
  filmDurationMs,
  filmFileName,
  filmFrame,
  filmType,
  frameEnd,
  DEFAULT_PACE,
  MAX_FILM_DAYS,
  MAX_FILM_WIDTH,
  PACES,
  type FilmProblem,
} from '../../src/model/timelapse.ts';

const START = '1988-02-20';
const END = '2026-12-07';

describe('the range of a film', () => {
  it('defaults to 27 Sep – 10 Dec 2020, clamped to the timeline', () => {
    expect(defaultRange(START, END)).toEqual({ from: '2020-09-27', to: '2020-12-10' });
    expect(defaultRange(START, '2020-11-10')).toEqual({ from: '2020-09-27', to: '2020-11-10' });
    expect(defaultRange('2020-10-01', END)).toEqual({ from: '2020-10-01', to: '2020-12-10' });
  });

  it('lists every day, both ends included, across months and a leap day', () => {
    expect(filmDays('2020-09-27', '2020-11-10')).toHaveLength(45);
    expect(filmDays('2020-09-27', '2020-11-10').slice(0, 5)).toEqual([
      '2020-09-27',
      '2020-09-28',
      '2020-09-29',
      '2020-09-30',
      '2020-10-01',
    ]);
    expect(filmDays('2020-02-27', '2020-03-01')).toEqual(['2020-02-27', '2020-02-28', '2020-02-29', '2020-03-01']);
    expect(filmDays('2020-11-10', '2020-11-09')).toEqual([]);
  });
});

describe("checking a reader's choice", () => {
  const cases: { name: string; input: { from: string; to: string; pace: unknown }; problems?: FilmProblem[]; days?: number }[] = [
    { name: 'the default film', input: { from: '2020-09-27', to: '2020-12-10', pace: DEFAULT_PACE }, days: 75 },
    { name: 'the pace as a select gives it (text)', input: { from: '2020-09-27', to: '2020-11-10', pace: '9' }, days: 45 },
    { name: 'from the first day of the timeline', input: { from: START, to: '1988-03-01', pace: 1 }, days: 11 },
    { name: 'two days', input: { from: '2020-11-09', to: '2020-11-10', pace: 30 }, days: 2 },
    { name: 'an empty From', input: { from: '', to: '2020-11-10', pace: 9 }, problems: [{ field: 'from', problem: 'missing' }] },
    { name: 'not a day', input: { from: '2020-09-27', to: '2021-02-29', pace: 9 }, problems: [{ field: 'to', problem: 'missing' }] },
    {
      name: 'before the timeline',
      input: { from: '1987-12-31', to: '1988-03-01', pace: 9 },
      problems: [{ field: 'from', problem: 'outside' }],
    },
    {
      name: 'after the timeline',
      input: { from: '2026-12-01', to: '2026-12-08', pace: 9 },
      problems: [{ field: 'to', problem: 'outside' }],
    },
    { name: 'From after To', input: { from: '2020-11-10', to: '2020-09-27', pace: 9 }, problems: [{ field: 'to', problem: 'order' }] },
    { name: 'From equal to To', input: { from: '2020-11-10', to: '2020-11-10', pace: 9 }, problems: [{ field: 'to', problem: 'order' }] },
    {
      name: 'longer than the longest film',
      input: { from: '2020-01-01', to: '2023-01-01', pace: 30 },
      problems: [{ field: 'to', problem: 'too-long', days: 1097 }],
    },
    {
      name: 'a pace not on offer',
      input: { from: '2020-09-27', to: '2020-11-10', pace: 7 },
      problems: [{ field: 'pace', problem: 'pace' }],
    },
    { name: 'no pace', input: { from: '2020-09-27', to: '2020-11-10', pace: '' }, problems: [{ field: 'pace', problem: 'pace' }] },
    {
      name: 'every field wrong at once',
      input: { from: 'yesterday', to: '3000-01-01', pace: Number.NaN },
      problems: [
        { field: 'from', problem: 'missing' },
        { field: 'to', problem: 'outside' },
        { field: 'pace', problem: 'pace' },
      ],
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const r = checkFilm(c.input, START, END);
      if (c.problems) expect(r.problems).toEqual(c.problems);
      else {
        expect(r.problems).toBeUndefined();
        expect(r.film!.days).toHaveLength(c.days!);
        expect(r.film!.days[0]).toBe(c.input.from);
        expect(r.film!.days.at(-1)).toBe(c.input.to);
        expect(PACES).toContain(r.film!.pace);
      }
    });

  it('allows exactly the longest film', () => {
    const to = filmDays('2020-01-01', '2030-01-01')[MAX_FILM_DAYS - 1]!;
    expect(checkFilm({ from: '2020-01-01', to, pace: 30 }, START, END).film?.days).toHaveLength(MAX_FILM_DAYS);
  });
});

describe('timing', () => {
  it('lasts days / pace seconds: 45 days at 9 a second is 5 s', () => {
    expect(filmDurationMs(45, 9)).toBe(5000);
    expect(filmDurationMs(75, DEFAULT_PACE)).toBe(15000);
  });

  it("ends each frame's time on the film's clock, so that timer lateness does not add up", () => {
    expect(frameEnd(0, 9)).toBeCloseTo(111.11, 2);
    expect(frameEnd(44, 9)).toBeCloseTo(5000, 9);
    expect(frameEnd(0, 1)).toBe(1000);
  });
});

describe('the file and its frames', () => {
  it('names the file with the data version and the range', () => {
    expect(filmFileName('0123456789', '2020-09-27', '2020-11-10')).toBe('ceasefire-atlas-0123456789-2020-09-27-2020-11-10.webm');
  });

  it('asks for VP9, then VP8, then any WebM, and for none when the browser records none', () => {
    expect(filmType(() => true)).toBe('video/webm;codecs=vp9');
    expect(filmType((t) => t !== 'video/webm;codecs=vp9')).toBe('video/webm;codecs=vp8');
    expect(filmType((t) => t === 'video/webm')).toBe('video/webm');
    expect(filmType((t) => t === 'video/mp4')).toBeNull();
  });

  const frames: { map: [number, number]; footer: number; out: { width: number; height: number; scale: number } }[] = [
    { map: [898, 740], footer: 96, out: { width: 898, height: 836, scale: 1 } },
    { map: [899, 741], footer: 97, out: { width: 898, height: 838, scale: 1 } },
    { map: [391, 500], footer: 131, out: { width: 390, height: 630, scale: 1 } },
    { map: [3840, 2000], footer: 192, out: { width: 1920, height: 1096, scale: 0.5 } },
  ];
  for (const f of frames)
    it(`sizes the frame of a ${f.map.join('×')} map with a ${f.footer} px footer with even sides, at most ${MAX_FILM_WIDTH} wide`, () => {
      const out = filmFrame(f.map[0], f.map[1], f.footer);
      expect(out).toEqual(f.out);
      expect(out.width % 2).toBe(0);
      expect(out.height % 2).toBe(0);
    });
});
