/**
 * The whole view in the store and the URL: the store's rules, a link to a whole state and back, and the permalink's
 * History sync with a stubbed window (every key set on a history step, the normalised link written back, pushes and
 * replaces by reason, one entry for a whole Play).
 */
import { describe, it, expect, vi, afterEach } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_STATE, Store, viewRules, type AppState } from '../../src/model/store.ts';
import { stateFromUrl, urlFromState, type Resolver } from '../../src/url/view_state.ts';
import { PermalinkSync, type HistoryHost, type Camera } from '../../src/url/permalink_sync.ts';
import { parse, serialize, type Ignored, type Limits, type MapView } from '../../src/url/permalink.ts';
import { ignoredText } from '../../src/i18n/index.ts';
import { COMPARE_VIEWS, LAYER_KEYS, NAME_KEYS, PANELS, PERIOD_IDS } from '../../src/model/vocabulary.ts';
import { announcement } from '../../src/ui/announcer.ts';
import type { EventRecord } from '../../src/model/types.ts';

const START = '1988-02-20';
const END = '2026-12-01';
const rules = viewRules(START, END);
const store = (initial: Partial<AppState> = {}) => new Store({ ...DEFAULT_STATE, ...initial }, rules);

/** Ids known to the fixture resolver: unit "kalbajar", event "handover" (20 Nov 2020), point "6" (25 Nov 2020). */
const resolver: Resolver = {
  resolve: (sel) => {
    const known: Record<string, 'district' | 'event' | 'clause'> = { kalbajar: 'district', handover: 'event', '6': 'clause' };
    const kind = known[sel.id];
    return kind && (!sel.kind || sel.kind === kind) ? { kind, id: sel.id } : null;
  },
  keyDay: (sel) => ({ kalbajar: '2020-11-25', handover: '2020-11-20', '6': '2020-11-25' })[sel.id] ?? null,
  // The tour has one step here: point 6.
  tourStep: (n) => (n === 6 ? { selection: { kind: 'clause', id: '6' }, day: '2020-11-25' } : null),
};

describe('the store keeps a view consistent', () => {
  it('clamps days to the timeline', () => {
    const s = store();
    s.set({ day: '1900-01-01', compare: '2999-01-01' }, 'step');
    expect(s.state.day).toBe(START);
    expect(s.state.compare).toBe(END);
  });

  it('choosing a period moves a day outside it into it; a day outside the period in focus widens it', () => {
    const s = store({ day: '2023-09-20' });
    s.set({ period: 'war-2020' }, 'view');
    expect(s.state).toMatchObject({ period: 'war-2020', day: '2020-11-15' });
    s.set({ day: '2020-10-01' }, 'scrub');
    expect(s.state.period).toBe('war-2020');
    s.set({ day: '2021-01-01' }, 'step');
    expect(s.state).toMatchObject({ period: 'all', day: '2021-01-01' });
    s.set({ period: 'nonsense' }, 'view');
    expect(s.state.period).toBe('all');
  });

  it('calls no listener when nothing changed, and tells them the reason otherwise', () => {
    const s = store();
    const seen: string[] = [];
    const off = s.subscribe((_n, _p, reason) => seen.push(reason));
    s.set({ panel: 'events' }, 'panel');
    s.set({ panel: 'compare' }, 'panel');
    s.set({ layers: [...LAYER_KEYS] }, 'layers');
    expect(seen).toEqual(['panel']);
    off();
    expect(s.listenerCount).toBe(0);
  });
});

describe('a link and the state it describes', () => {
  const read = (hash: string) => {
    const ignored: Ignored[] = [];
    const { state, ignored: parseIgnored } = parse(hash, LIMITS);
    // Checked as the English interface words them.
    return { state: stateFromUrl(state, resolver, ignored), ignored: [...parseIgnored, ...ignored].map(ignoredText) };
  };

  it('an empty link is the default view', () => {
    expect(read('').state).toEqual(DEFAULT_STATE);
  });

  it("a link without a day shows its selection's key day; a point opens the Statement, a comparison the Compare panel", () => {
    expect(read('#sel=kalbajar').state).toMatchObject({
      day: '2020-11-25',
      selection: { kind: 'district', id: 'kalbajar' },
      panel: 'events',
    });
    expect(read('#sel=6').state).toMatchObject({ day: '2020-11-25', panel: 'clauses' });
    expect(read('#date=2020-12-02&compare=2020-09-26').state).toMatchObject({ compare: '2020-09-26', panel: 'compare' });
    expect(read('#date=2020-12-02&compare=2020-09-26&panel=events').state.panel).toBe('events');
  });

  it('says what it could not use', () => {
    const { state, ignored } = read('#sel=atlantis&view=sideways&panel=nope&period=ww2');
    expect(state).toEqual(DEFAULT_STATE);
    expect(ignored).toEqual([
      'view "sideways" is not one of changes, swipe',
      'panel "nope" is not one of events, clauses, compare, table',
      `period "ww2" is not one of ${PERIOD_IDS.join(', ')}`,
      'nothing is called "atlantis"',
    ]);
  });

  const anyState: fc.Arbitrary<AppState> = fc.record({
    day: fc.constantFrom('1988-02-20', '2020-11-10', '2020-11-25', '2024-01-01'),
    compare: fc.option(fc.constantFrom('2020-09-26', '2021-01-01'), { nil: null }),
    compareView: fc.constantFrom(...COMPARE_VIEWS),
    selection: fc.option(fc.constantFrom({ kind: 'district' as const, id: 'kalbajar' }, { kind: 'clause' as const, id: '6' }), {
      nil: null,
    }),
    layers: fc.subarray([...LAYER_KEYS]),
    names: fc.constantFrom(...NAME_KEYS),
    period: fc.constantFrom(...PERIOD_IDS),
    panel: fc.constantFrom(...PANELS),
    tour: fc.constant(null),
  });
  // A step of the tour is point 6 selected, on any day.
  const tourState: fc.Arbitrary<AppState> = anyState.map((s) => ({ ...s, tour: 6, selection: { kind: 'clause', id: '6' } }));

  it('a step of the tour is a link of its own: tour=6 alone shows point 6 on its day, and the link says so', () => {
    const { state, ignored } = read('#tour=6');
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({ tour: 6, selection: { kind: 'clause', id: '6' }, day: '2020-11-25', panel: 'clauses' });
    expect(serialize(urlFromState(state))).toBe('#date=2020-11-25&sel=clause:6&tour=6');
    expect(read('#tour=7').ignored).toEqual(['the tour has no step 7']);
    const other = read('#tour=6&sel=district:kalbajar');
    expect(other.state).toMatchObject({ tour: null, selection: { kind: 'district', id: 'kalbajar' } });
    expect(other.ignored).toEqual([expect.stringMatching(/^tour 6: the link selects something other than that step's point/)]);
    expect(read('#tour=6&date=2021-01-01').state).toMatchObject({ tour: 6, day: '2021-01-01' });
    expect(read('#tour=7').state.tour).toBeNull();
  });

  it('leaving the point of a step leaves the tour', () => {
    const s = store();
    s.set({ tour: 6, selection: { kind: 'clause', id: '6' } }, 'select');
    expect(s.state.tour).toBe(6);
    s.set({ day: '2021-01-01' }, 'scrub');
    expect(s.state.tour).toBe(6);
    s.set({ selection: { kind: 'district', id: 'kalbajar' } }, 'select');
    expect(s.state.tour).toBeNull();
  });

  it('every state survives the trip to a link and back (fuzzed)', () => {
    fc.assert(
      fc.property(fc.oneof(anyState, tourState), (s) => {
        const back = read(serialize(urlFromState(s)));
        expect(back.ignored).toEqual([]);
        expect(back.state).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });
});

const LIMITS: Limits = { minDate: START, maxDate: END, minZoom: 5, maxZoom: 14, bounds: [43.5, 37.6, 49.0, 41.7], maxPitch: 60 };

/** A window stand-in: a history stack of hashes, with popstate. */
function fakeHost(hash: string) {
  const entries = [hash];
  let index = 0;
  const listeners = new Set<() => void>();
  const host: HistoryHost & { entries: string[]; back(): void; edit(hash: string): void; readonly index: number } = {
    entries,
    get index() {
      return index;
    },
    location: {
      get hash() {
        return entries[index]!;
      },
      pathname: '/',
      search: '',
    },
    history: {
      pushState: (_d, _u, url) => {
        entries.splice(index + 1, entries.length, url.slice(url.indexOf('#')));
        index++;
      },
      replaceState: (_d, _u, url) => {
        entries[index] = url.slice(url.indexOf('#'));
      },
    },
    addEventListener: (_t, l) => listeners.add(l),
    removeEventListener: (_t, l) => listeners.delete(l),
    back() {
      index--;
      for (const l of listeners) l();
    },
    /** The reader edits the hash in the address bar (a new entry, then popstate). */
    edit(h: string) {
      entries.splice(index + 1, entries.length, h);
      index++;
      for (const l of listeners) l();
    },
  };
  return host;
}

function fakeCamera(): Camera & { view(): MapView; homes: number } {
  let v: MapView = { zoom: 7.5, lat: 39.6, lon: 46.6 };
  const cam = {
    homes: 0,
    view: () => v,
    jumpTo: (next: MapView) => (v = next),
    frame: () => (v = { zoom: 9, lat: 40, lon: 46 }),
    home: () => {
      cam.homes++;
      v = { zoom: 7.5, lat: 39.6, lon: 46.6 };
    },
    onMoveEnd: () => () => undefined,
  };
  return cam;
}

describe('the permalink follows the view through History', () => {
  afterEach(() => vi.useRealTimers());

  const start = (hash: string) => {
    const host = fakeHost(hash);
    const s = store();
    const reports: Ignored[][] = [];
    const camera = fakeCamera();
    const sync = new PermalinkSync({ store: s, camera, limits: LIMITS, resolver, report: (r) => reports.push(r), host, throttle: 0 });
    sync.start();
    return { host, s, sync, reports, camera };
  };

  it('writes the normalised link back on load: clamped values and dropped keys are visible', () => {
    const { host, s, reports } = start('#date=9999-12-31&names=en&bogus=1');
    expect(s.state.day).toBe(END);
    expect(host.entries).toEqual([`#date=${END}&map=7.5/39.6/46.6`]);
    expect(reports[0]!.map(ignoredText)).toEqual([`date 9999-12-31 is outside the timeline; showing ${END}`, 'unknown key "bogus"']);
  });

  it('writes the data version into every link, and tells when a link was made with another one', () => {
    const host = fakeHost('#date=2020-11-20&v=00000000aa');
    const others: string[] = [];
    const opts = { store: store(), camera: fakeCamera(), limits: LIMITS, resolver, report: () => undefined, host, throttle: 0 };
    new PermalinkSync({ ...opts, version: '0123456789', otherVersion: (v) => others.push(v) }).start();
    expect(host.location.hash).toBe('#date=2020-11-20&map=7.5/39.6/46.6&v=0123456789');
    expect(others).toEqual(['00000000aa']);
    // The same version, or none (a link older than versions): nothing to say.
    for (const hash of ['#date=2020-11-20&v=0123456789', '#date=2020-11-20']) {
      const quiet: string[] = [];
      new PermalinkSync({ ...opts, host: fakeHost(hash), version: '0123456789', otherVersion: (v) => quiet.push(v) }).start();
      expect(quiet, hash).toEqual([]);
    }
  });

  it('keeps the chosen language in every link, and tells when a link read names another', () => {
    const host = fakeHost('#date=2020-11-20&lang=hy');
    const others: string[] = [];
    const opts = { store: store(), camera: fakeCamera(), limits: LIMITS, resolver, report: () => undefined, throttle: 0 };
    new PermalinkSync({ ...opts, host, lang: 'hy', otherLang: (l) => others.push(l) }).start();
    expect(host.location.hash).toBe('#date=2020-11-20&map=7.5/39.6/46.6&lang=hy');
    expect(others).toEqual([]);
    // Edited by hand (or Back to an entry) to another language: the app is told, to reload in it.
    host.edit('#date=2020-11-21&lang=ru');
    expect(others).toEqual(['ru']);
    // A language from the browser (none chosen) is not written into links.
    const quiet = fakeHost('#date=2020-11-20');
    new PermalinkSync({ ...opts, host: quiet, otherLang: (l) => others.push(l) }).start();
    expect(quiet.location.hash).toBe('#date=2020-11-20&map=7.5/39.6/46.6');
  });

  it('a hash edited to name only the map sets every other key to its default, and the URL says so', () => {
    const { host, s } = start('#date=2020-11-20&layers=zones&names=az');
    expect(s.state).toMatchObject({ day: '2020-11-20', layers: ['zones'], names: 'az' });
    host.edit('#map=8/40/46.7');
    expect(s.state).toEqual({ ...DEFAULT_STATE });
    expect(host.location.hash).toBe('#date=2020-11-10&map=8/40/46.7');
  });

  it('Back restores every key of the previous entry, including layers, names, period, panel and compare view', () => {
    const { host, s } = start('#date=2020-11-10');
    s.set({ layers: ['zones', 'lines'] }, 'layers');
    s.set({ names: 'ru' }, 'names');
    s.set({ period: 'war-2020' }, 'view');
    s.set({ compare: '2020-09-26' }, 'select');
    s.set({ compareView: 'swipe' }, 'view');
    expect(host.entries.length).toBe(6);
    host.back();
    expect(s.state).toMatchObject({ compare: '2020-09-26', compareView: 'changes', period: 'war-2020', names: 'ru' });
    host.back();
    host.back();
    expect(s.state).toMatchObject({ compare: null, period: 'all', names: 'ru', layers: ['zones', 'lines'] });
    host.back();
    host.back();
    expect(s.state).toEqual({ ...DEFAULT_STATE });
  });

  it('a panel switch and a drag replace the entry; Play makes one entry for the whole run', async () => {
    vi.useFakeTimers();
    const { host, s } = start('#date=2020-11-10');
    s.set({ panel: 'clauses' }, 'panel');
    s.set({ day: '2020-11-11' }, 'scrub');
    s.set({ day: '2020-11-12' }, 'scrub');
    await vi.runAllTimersAsync();
    expect(host.entries).toEqual(['#date=2020-11-12&map=7.5/39.6/46.6&panel=clauses']);
    s.set({ day: '2020-11-15' }, 'step'); // Play's first step
    s.set({ day: '2020-11-20' }, 'play');
    s.set({ day: '2020-11-25' }, 'play');
    await vi.runAllTimersAsync();
    expect(host.entries).toEqual(['#date=2020-11-12&map=7.5/39.6/46.6&panel=clauses', '#date=2020-11-25&map=7.5/39.6/46.6&panel=clauses']);
  });

  it('frames a selection from a link without a map view, and goes home otherwise', () => {
    const { camera, s } = start('#sel=kalbajar');
    expect(s.state.selection).toEqual({ kind: 'district', id: 'kalbajar' });
    expect(camera.view()).toEqual({ zoom: 9, lat: 40, lon: 46 });
    expect(start('#date=2020-11-10').camera.homes).toBe(1);
  });

  it('stop() leaves no listener on the store or the window', () => {
    const { sync, s, host } = start('');
    sync.stop();
    expect(s.listenerCount).toBe(0);
    s.set({ day: '2021-01-01' }, 'step');
    expect(host.entries.length).toBe(1);
  });
});

describe('the announcement when the date rests', () => {
  const ev = (id: string, date: string, clause?: number): EventRecord => ({
    id,
    date,
    type: 'x',
    title: id,
    summary: '',
    sources: [],
    clause,
  });
  const events = [
    ev('war starts', '2020-09-27'),
    ev('Shusha', '2020-11-08'),
    ev('ceasefire', '2020-11-10', 1),
    ev('Agdam', '2020-11-20', 2),
  ];

  it('says the day, and the events crossed on the way, in the direction moved', () => {
    expect(announcement(events, '2020-11-10', '2020-11-12')).toBe('12 November 2020.');
    expect(announcement(events, '2020-11-12', '2020-11-20')).toBe('20 November 2020. Agdam, point 2.');
    expect(announcement(events, '2020-09-01', '2020-12-31')).toBe(
      '31 December 2020. war starts; Shusha; ceasefire, point 1; and 1 more event.',
    );
    expect(announcement(events, '2020-11-21', '2020-11-09')).toBe('9 November 2020. Agdam, point 2; ceasefire, point 1.');
  });
});
