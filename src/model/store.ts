/**
 * The whole view in one place: the day shown, the day compared with and how, the selection, the layers, the names,
 * the period the slider focuses on and the open panel. Views subscribe and render from it; controls write to it;
 * the permalink mirrors it. Pure: no DOM.
 */
import { clampDay, isIsoDay, type IsoDay } from './calendar.ts';
import {
  DEFAULT_DAY,
  LAYER_KEYS,
  PANELS,
  PERIODS,
  type CompareView,
  type LayerKey,
  type NameKey,
  type PanelId,
  type SelKind,
} from './vocabulary.ts';

export interface Selection {
  kind: SelKind;
  id: string;
}

export interface AppState {
  day: IsoDay;
  /** A second day to compare with, or null. */
  compare: IsoDay | null;
  /** How the map shows a comparison. */
  compareView: CompareView;
  selection: Selection | null;
  layers: readonly LayerKey[];
  names: NameKey;
  /** The period the date slider focuses on (an id of PERIODS). */
  period: string;
  /** The open side panel. */
  panel: PanelId;
  /** The step of the guided tour of the statement shown (1–9), or null outside the tour. */
  tour: number | null;
}

/** The view of a link that says nothing. */
export const DEFAULT_STATE: AppState = {
  day: DEFAULT_DAY,
  compare: null,
  compareView: 'changes',
  selection: null,
  layers: LAYER_KEYS,
  names: 'en',
  period: 'all',
  panel: PANELS[0],
  tour: null,
};

/**
 * Why the state changed. Scrubbing and Play replace the history entry (Play's first step adds one, so a whole run is
 * one entry); steps, selections, names, layers, period and compare view add one; a panel switch replaces it.
 * `locate` is a selection that also asks the map to frame it (a cell chosen in the table; a cell clicked on the map
 * is a plain `select`, since the reader is already looking at it).
 */
export type ChangeReason = 'init' | 'scrub' | 'step' | 'play' | 'select' | 'locate' | 'names' | 'layers' | 'view' | 'panel' | 'history';

export type Listener = (state: AppState, previous: AppState, reason: ChangeReason) => void;

/** Keeps a state consistent after a patch (clamping, period focus); see `viewRules`. */
export type Rules = (next: AppState, previous: AppState, patch: Partial<AppState>) => AppState;

export class Store {
  private _state: AppState;
  private readonly _listeners = new Set<Listener>();

  constructor(
    initial: AppState,
    private readonly _rules: Rules = (s) => s,
  ) {
    this._state = _rules(initial, initial, initial);
  }

  get state(): AppState {
    return this._state;
  }

  /** How many listeners are subscribed (teardown checks that views leave none behind). */
  get listenerCount(): number {
    return this._listeners.size;
  }

  /** Throws (and changes nothing) on a day that is not a calendar day: callers validate input first. */
  set(patch: Partial<AppState>, reason: ChangeReason): void {
    if ('day' in patch && !isIsoDay(patch.day))
      throw new TypeError(`Store.set: day must be a calendar day (YYYY-MM-DD), got ${JSON.stringify(patch.day)}`);
    if ('compare' in patch && patch.compare !== null && !isIsoDay(patch.compare))
      throw new TypeError(`Store.set: compare must be a calendar day (YYYY-MM-DD) or null, got ${JSON.stringify(patch.compare)}`);
    const previous = this._state;
    const next = this._rules({ ...previous, ...patch }, previous, patch);
    if (sameState(next, previous)) return;
    this._state = next;
    for (const l of [...this._listeners]) l(next, previous, reason);
  }

  subscribe(listener: Listener): () => void {
    this._listeners.add(listener);
    return () => this._listeners.delete(listener);
  }
}

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id);
}

export function sameState(a: AppState, b: AppState): boolean {
  return (
    a.day === b.day &&
    a.compare === b.compare &&
    a.compareView === b.compareView &&
    sameSelection(a.selection, b.selection) &&
    a.layers.join() === b.layers.join() &&
    a.names === b.names &&
    a.period === b.period &&
    a.panel === b.panel &&
    a.tour === b.tour
  );
}

/** The first and last day of a period of focus, within the timeline. */
export function periodRange(id: string, start: IsoDay, end: IsoDay): { from: IsoDay; to: IsoDay } {
  const p = PERIODS.find((x) => x.id === id) ?? PERIODS[0]!;
  return { from: clampDay(p.from, start, end), to: p.to === 'end' ? end : clampDay(p.to, start, end) };
}

/**
 * The rules that keep a view consistent on a timeline from `start` to `end`: days and the compare day are clamped to
 * it; choosing a period moves a day outside it to its nearer end; a day set outside the period in focus widens the
 * focus to the whole timeline; an unknown period is the whole timeline.
 */
export function viewRules(start: IsoDay, end: IsoDay): Rules {
  return (next, _previous, patch) => {
    const s = { ...next };
    if (!PERIODS.some((p) => p.id === s.period)) s.period = 'all';
    // A step of the tour is its point of the statement selected: selecting anything else leaves the tour.
    if (s.tour !== null && !(s.selection?.kind === 'clause' && s.selection.id === String(s.tour))) s.tour = null;
    s.day = clampDay(s.day, start, end);
    if (s.compare !== null) s.compare = clampDay(s.compare, start, end);
    const range = periodRange(s.period, start, end);
    if (s.day < range.from || s.day > range.to) {
      if ('period' in patch && !('day' in patch)) s.day = s.day < range.from ? range.from : range.to;
      else s.period = 'all';
    }
    return s;
  };
}
