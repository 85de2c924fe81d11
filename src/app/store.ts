/**
 * The app's state in one place: the day shown, the selection, the name
 * convention. Views subscribe; nothing else holds a copy.
 */
import { isIsoDay, type IsoDay } from '../model/calendar.ts';
import { LAYER_KEYS, type LayerKey, type NameKey, type SelKind } from '../url/permalink.ts';

export type NameConvention = NameKey;
export const NAME_CONVENTIONS: { id: NameConvention; label: string }[] = [
  { id: 'en', label: 'English (both usages)' },
  { id: 'hy', label: 'Armenian usage' },
  { id: 'az', label: 'Azerbaijani usage' },
  { id: 'ru', label: 'Russian' },
];

export type SelectionKind = SelKind;
export interface Selection {
  kind: SelectionKind;
  id: string;
}

/** Optional layers the reader can hide (the permalink `layers` key). */
export type { LayerKey };
export const ALL_LAYERS: readonly LayerKey[] = LAYER_KEYS;

export interface AppState {
  day: IsoDay;
  names: NameConvention;
  selection: Selection | null;
  layers: readonly LayerKey[];
  /** A second day to compare with, or null. */
  compare: IsoDay | null;
}

/** Why the state changed: scrubbing is continuous, the rest are discrete steps. */
/** Why the state changed. `play`: a later step of Play (the first one is a `step`), which replaces the history entry instead of adding one. */
export type ChangeReason = 'init' | 'scrub' | 'step' | 'play' | 'select' | 'names' | 'layers' | 'history';

export type Listener = (state: AppState, previous: AppState, reason: ChangeReason) => void;

export class Store {
  private _state: AppState;
  private readonly _listeners = new Set<Listener>();

  constructor(initial: AppState) {
    this._state = initial;
  }

  get state(): AppState {
    return this._state;
  }

  /** Throws (and changes nothing) on a day that is not a calendar day: callers validate input first. */
  set(patch: Partial<AppState>, reason: ChangeReason): void {
    if ('day' in patch && !isIsoDay(patch.day))
      throw new TypeError(`Store.set: day must be a calendar day (YYYY-MM-DD), got ${JSON.stringify(patch.day)}`);
    if ('compare' in patch && patch.compare !== null && !isIsoDay(patch.compare))
      throw new TypeError(`Store.set: compare must be a calendar day (YYYY-MM-DD) or null, got ${JSON.stringify(patch.compare)}`);
    const previous = this._state;
    const next = { ...previous, ...patch };
    if (
      next.day === previous.day &&
      next.names === previous.names &&
      next.compare === previous.compare &&
      sameSelection(next.selection, previous.selection) &&
      next.layers.join() === previous.layers.join()
    ) {
      return;
    }
    this._state = next;
    for (const l of this._listeners) l(next, previous, reason);
  }

  subscribe(listener: Listener): () => void {
    this._listeners.add(listener);
    return () => this._listeners.delete(listener);
  }
}

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id);
}
