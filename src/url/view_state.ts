/**
 * Between the permalink and the view: a parsed link becomes a whole state (every key set, absent ones to their
 * default), and a state becomes the link that says it (defaults left out, the day always written). Pure.
 */
import type { IsoDay } from '../model/calendar.ts';
import { DEFAULT_STATE, type AppState, type Selection } from '../model/store.ts';
import { LAYER_KEYS, type SelKind } from '../model/vocabulary.ts';
import type { Ignored, MapView, UrlState } from './permalink.ts';

export interface Resolver {
  /** Turns a parsed selection into one the atlas knows, or null. */
  resolve(sel: { kind?: SelKind; id: string }): Selection | null;
  /** The day a selection is best seen on (a unit's handover, an event's day). */
  keyDay(sel: Selection): IsoDay | null;
  /** What step `n` of the guided tour shows, or null when there is no such step. */
  tourStep(n: number): { selection: Selection; day: IsoDay } | null;
}

/**
 * The state a link describes. Absent keys take their defaults; a link without a day shows its selection's key day;
 * a link that compares opens the Compare panel, and one that selects a point of the statement opens the Statement
 * panel, unless it names a panel. What could not be used is added to `ignored`.
 */
export function stateFromUrl(url: UrlState, resolver: Resolver, ignored: Ignored[]): AppState {
  let selection: Selection | null = null;
  if (url.sel) {
    selection = resolver.resolve(url.sel);
    if (!selection) ignored.push({ code: 'unknown-name', id: url.sel.id });
  }
  // A step of the tour is its point selected; alone, the link brings that point and its day.
  const step = url.tour ? resolver.tourStep(url.tour) : null;
  if (url.tour && !step) ignored.push({ code: 'no-tour-step', step: url.tour });
  const onStep = !!step && (!url.sel || (selection?.kind === 'clause' && selection.id === step.selection.id));
  if (step && !onStep) ignored.push({ code: 'outside-tour', step: url.tour! });
  if (onStep) selection = step.selection;
  const day = url.date ?? (onStep ? step.day : null) ?? (selection ? resolver.keyDay(selection) : null) ?? DEFAULT_STATE.day;
  const panel = url.panel ?? (url.compare ? 'compare' : selection?.kind === 'clause' ? 'clauses' : DEFAULT_STATE.panel);
  return {
    day,
    compare: url.compare ?? null,
    compareView: url.view ?? DEFAULT_STATE.compareView,
    selection,
    layers: url.layers ?? DEFAULT_STATE.layers,
    names: url.names ?? DEFAULT_STATE.names,
    period: url.period ?? DEFAULT_STATE.period,
    panel,
    tour: onStep ? url.tour! : null,
  };
}

/** The link of a state (and of the map's view, where there is a map): only what differs from the defaults, and the day. */
export function urlFromState(state: AppState, view?: MapView): UrlState {
  const out: UrlState = { date: state.day };
  if (view) out.map = view;
  if (state.selection) out.sel = { kind: state.selection.kind, id: state.selection.id };
  if (state.names !== DEFAULT_STATE.names) out.names = state.names;
  if (state.compare) out.compare = state.compare;
  if (state.compareView !== DEFAULT_STATE.compareView) out.view = state.compareView;
  if (state.layers.join() !== LAYER_KEYS.join()) out.layers = [...state.layers];
  if (state.period !== DEFAULT_STATE.period) out.period = state.period;
  // The panel a link would open anyway (Compare for a comparison, Statement for a point) is not written.
  const impliedPanel = state.compare ? 'compare' : state.selection?.kind === 'clause' ? 'clauses' : DEFAULT_STATE.panel;
  if (state.panel !== impliedPanel) out.panel = state.panel;
  if (state.tour !== null) out.tour = state.tour;
  return out;
}
