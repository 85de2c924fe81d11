import { ignoredText } from '../../src/i18n/index.ts';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parse, serialize, roundView, LAYER_KEYS, NAME_KEYS, SEL_KINDS, type Limits, type UrlState } from '../../src/url/permalink.ts';
import { fromDayNumber, dayNumber } from '../../src/model/calendar.ts';
import { UI_LANGS, COMPARE_VIEWS, PANELS, PERIOD_IDS } from '../../src/model/vocabulary.ts';

const limits: Limits = {
  minDate: '1988-02-20',
  maxDate: '2026-11-28',
  minZoom: 5,
  maxZoom: 14,
  bounds: [43.5, 37.6, 49.0, 41.7],
  maxPitch: 60,
};

const day = fc.integer({ min: dayNumber(limits.minDate), max: dayNumber(limits.maxDate) }).map(fromDayNumber);
const fixed = (lo: number, hi: number, digits: number) =>
  fc.integer({ min: Math.round(lo * 10 ** digits), max: Math.round(hi * 10 ** digits) }).map((n) => n / 10 ** digits + 0);
const view = fc
  .record({
    zoom: fixed(5, 14, 2),
    lat: fixed(37.6, 41.7, 5),
    lon: fixed(43.5, 49.0, 5),
    turn: fc.option(
      fc.tuple(fixed(-179.9, 180, 1), fixed(0, 60, 1)).filter(([b, p]) => b !== 0 || p !== 0),
      { nil: undefined },
    ),
  })
  .map(({ turn, ...v }) => (turn ? { ...v, bearing: turn[0], pitch: turn[1] } : v));
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const validState: fc.Arbitrary<UrlState> = fc.record(
  {
    date: day,
    map: view,
    sel: fc.record({ kind: fc.constantFrom(...SEL_KINDS), id }),
    names: fc.constantFrom(...NAME_KEYS),
    compare: day,
    view: fc.constantFrom(...COMPARE_VIEWS),
    layers: fc.subarray([...LAYER_KEYS]),
    period: fc.constantFrom(...PERIOD_IDS),
    panel: fc.constantFrom(...PANELS),
    tour: fc.integer({ min: 1, max: 99 }),
    v: fc.stringMatching(/^[0-9a-f]{6,16}$/),
    lang: fc.constantFrom(...UI_LANGS),
  },
  { requiredKeys: [] },
);

describe('permalink codec', () => {
  it("keeps the interface's language a link names, and says when it is not one of the four", () => {
    expect(parse('#date=2020-11-21&lang=hy', limits)).toEqual({ state: { date: '2020-11-21', lang: 'hy' }, ignored: [] });
    expect(serialize({ date: '2020-11-21', v: '0123456789', lang: 'ru' })).toBe('#date=2020-11-21&v=0123456789&lang=ru');
    for (const bad of ['fr', 'RU', 'hy-AM', '', '<b>']) {
      const r = parse(`#lang=${encodeURIComponent(bad)}`, limits);
      expect(r.state.lang, bad).toBeUndefined();
      expect(r.ignored, bad).toEqual([{ code: 'not-one-of', key: 'lang', value: expect.any(String), allowed: UI_LANGS }]);
    }
  });

  it('reads the documented form', () => {
    const { state, ignored } = parse('#date=2020-11-21&map=8.5/39.8153/46.7519&sel=zone:agdam-west&names=az', limits);
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      date: '2020-11-21',
      map: { zoom: 8.5, lat: 39.8153, lon: 46.7519 },
      sel: { kind: 'zone', id: 'agdam-west' },
      names: 'az',
    });
  });

  it('keeps a bare selection id for the app to resolve', () => {
    expect(parse('#sel=kalbajar', limits).state).toEqual({ sel: { id: 'kalbajar' } });
  });

  it('writes readable links', () => {
    expect(serialize({ date: '2020-11-21', map: { zoom: 8.5, lat: 39.8153, lon: 46.7519 }, sel: { kind: 'clause', id: '6' } })).toBe(
      '#date=2020-11-21&map=8.5/39.8153/46.7519&sel=clause:6',
    );
  });

  it('keeps the data version a link was made with, and refuses anything else as one', () => {
    expect(parse('#date=2020-11-21&v=0123456789', limits)).toEqual({ state: { date: '2020-11-21', v: '0123456789' }, ignored: [] });
    expect(serialize({ date: '2020-11-21', v: '0123456789' })).toBe('#date=2020-11-21&v=0123456789');
    for (const bad of ['', 'abc', 'ABCDEF0123', '0123456789abcdef0', '<b>0123456</b>']) {
      const r = parse(`#v=${encodeURIComponent(bad)}`, limits);
      expect(r.state.v, bad).toBeUndefined();
      expect(r.ignored, bad).toEqual([{ code: 'bad-version', value: expect.any(String) }]);
      expect(ignoredText(r.ignored[0]!)).toMatch(/is not a data version$/);
    }
  });

  it('parse(serialize(s)) equals s for every valid state', () => {
    fc.assert(
      fc.property(validState, (s) => {
        const { state, ignored } = parse(serialize(s), limits);
        expect(ignored).toEqual([]);
        expect(state).toEqual(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('serialize(parse(x)) is stable', () => {
    const anyHash = fc.oneof(validState.map(serialize), fc.string(), fc.string({ unit: 'grapheme' }));
    fc.assert(
      fc.property(anyHash, (h) => {
        const once = serialize(parse(h, limits).state);
        expect(serialize(parse(once, limits).state)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('clamps out-of-range values and says so', () => {
    const { state, ignored } = parse('#date=2099-01-01&map=30/95/-400/720/89', limits);
    expect(state.date).toBe('2026-11-28');
    expect(state.map).toEqual({ zoom: 14, lat: 41.7, lon: 43.5, bearing: 0, pitch: 60 });
    expect(ignored.length).toBe(2);
  });

  it('rounds views to 1e-5 degrees and 0.01 zoom', () => {
    expect(roundView({ zoom: 8.123456, lat: 39.123456789, lon: 46.987654321 })).toEqual({ zoom: 8.12, lat: 39.12346, lon: 46.98765 });
  });

  const hostile = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constantFrom(
      '#date=<script>alert(1)</script>',
      '#sel="><img src=x onerror=alert(1)>',
      '#map=NaN/NaN/NaN',
      '#map=Infinity/1/1',
      '#map=1e309/1/1',
      '#map=0x10/1/1',
      '#map=9/39.8/46.7/' + '9'.repeat(400),
      '#date=2020-02-30',
      '#names=__proto__',
      '#__proto__=1&constructor=2',
      '#layers=' + 'zones,'.repeat(5000),
      '#%E0%A4%A',
      '#sel=' + 'a'.repeat(100_000),
      '#date=' + '\u202e2020-11-10',
      '#map=-0/-0/-0',
    ),
    fc
      .array(
        fc.tuple(
          fc.constantFrom('date', 'map', 'sel', 'names', 'compare', 'layers', 'x', ''),
          fc.string({ unit: 'grapheme', maxLength: 50 }),
        ),
        { maxLength: 8 },
      )
      .map((kv) => '#' + kv.map(([k, v]) => `${k}=${v}`).join('&')),
    fc.double().map((d) => `#map=${d}/${d}/${d}&date=${d}`),
  );

  it('never throws on 2,000 hostile strings and never passes markup through', () => {
    fc.assert(
      fc.property(hostile, (h) => {
        const { state } = parse(h, limits);
        const out = serialize(state);
        expect(out).not.toMatch(/[<>"']/);
        if (state.date) expect(state.date >= limits.minDate && state.date <= limits.maxDate).toBe(true);
        if (state.map) {
          expect(Number.isFinite(state.map.zoom) && Number.isFinite(state.map.lat) && Number.isFinite(state.map.lon)).toBe(true);
          expect(state.map.zoom).toBeGreaterThanOrEqual(limits.minZoom);
          expect(state.map.zoom).toBeLessThanOrEqual(limits.maxZoom);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts a 100 KB link to its first 2,000 characters and reports the cut', () => {
    const { state, ignored } = parse('#date=2020-11-21&names=az&x=' + 'x'.repeat(100_000) + '&names=ru', limits);
    expect(ignored[0]).toEqual({ code: 'too-long', max: 2000 });
    expect(ignoredText(ignored[0]!)).toMatch(/longer than 2000 characters/);
    // What lies within the first 2,000 characters is read; the repeated key beyond the cut is never seen.
    expect(state).toEqual({ date: '2020-11-21', names: 'az' });
  });
});
