/**
 * Keeps the URL hash and the app state in step, with the History API:
 * continuous changes (scrubbing, panning) replace the entry, throttled
 * (Mobile Safari allows about 100 URL changes per 30 seconds); discrete steps
 * (next/previous event, choosing a clause, an event, a zone, names, layers)
 * push one, so Back and Forward walk through them.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { IsoDay } from '../model/calendar.ts';
import type { ChangeReason, Selection, Store, AppState } from '../app/store.ts';
import { parse, serialize, LAYER_KEYS, type Limits, type UrlState, type MapView } from './permalink.ts';

export interface PermalinkOptions {
  store: Store;
  map: MapLibreMap | undefined;
  limits: Limits;
  /** Turns a parsed selection into one the app knows, or null. */
  resolve: (sel: { kind?: Selection['kind']; id: string }) => Selection | null;
  /** The day a selection is best seen on (e.g. a district's handover). */
  keyDay: (sel: Selection) => IsoDay | null;
  /** Frames a selection on the map without animation. */
  frame: (sel: Selection) => void;
  /** Tells the reader what part of a link was ignored. */
  report: (ignored: string[]) => void;
  /** Minimum milliseconds between two replaceState calls. */
  throttle?: number;
}

const PUSH_REASONS: ReadonlySet<ChangeReason> = new Set(['step', 'select', 'names', 'layers']);

export class PermalinkSync {
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _lastWrite = 0;
  private _applying = false;
  private readonly _onPop = () => this._read('history');
  private readonly _onMoveEnd = () => {
    if (!this._applying) this._schedule();
  };
  private _unsubscribe: (() => void) | undefined;

  constructor(private readonly _opts: PermalinkOptions) {}

  /** Applies the current URL, then follows state, map and history. */
  start(): void {
    this._read('init');
    this._write(false);
    this._unsubscribe = this._opts.store.subscribe((_s, _p, reason) => this._onChange(reason));
    window.addEventListener('popstate', this._onPop);
    this._opts.map?.on('moveend', this._onMoveEnd);
  }

  stop(): void {
    this._unsubscribe?.();
    window.removeEventListener('popstate', this._onPop);
    this._opts.map?.off('moveend', this._onMoveEnd);
    if (this._timer) clearTimeout(this._timer);
  }

  /** The URL state for the app state and the map's view now. */
  current(state: AppState = this._opts.store.state): UrlState {
    const out: UrlState = { date: state.day };
    const map = this._opts.map;
    if (map) {
      const c = map.getCenter();
      const view: MapView = { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
      if (map.getBearing() !== 0 || map.getPitch() !== 0) {
        view.bearing = map.getBearing();
        view.pitch = map.getPitch();
      }
      out.map = view;
    }
    if (state.selection) out.sel = { kind: state.selection.kind, id: state.selection.id };
    if (state.names !== 'en') out.names = state.names;
    if (state.compare) out.compare = state.compare;
    if (state.layers.length !== 6) out.layers = [...state.layers];
    return out;
  }

  private _onChange(reason: ChangeReason): void {
    if (this._applying || reason === 'history' || reason === 'init') return;
    if (PUSH_REASONS.has(reason)) this._write(true);
    else this._schedule();
  }

  private _schedule(): void {
    const wait = this._opts.throttle ?? 350;
    if (this._timer) return;
    const delay = Math.max(0, this._lastWrite + wait - performance.now());
    this._timer = setTimeout(() => {
      this._timer = undefined;
      this._write(false);
    }, delay);
  }

  private _write(push: boolean): void {
    const hash = serialize(this.current());
    this._lastWrite = performance.now();
    if (hash === window.location.hash) return;
    const url = `${window.location.pathname}${window.location.search}${hash}`;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  private _read(reason: 'init' | 'history'): void {
    const { state: url, ignored } = parse(window.location.hash, this._opts.limits);
    const { store, map } = this._opts;
    const patch: Partial<AppState> = {};
    let selection: Selection | null = null;
    if (url.sel) {
      selection = this._opts.resolve(url.sel);
      if (!selection) ignored.push(`nothing is called "${url.sel.id}"`);
    }
    patch.selection = selection;
    patch.day = url.date ?? (selection ? this._opts.keyDay(selection) : null) ?? store.state.day;
    if (url.names) patch.names = url.names;
    else if (reason === 'history') patch.names = 'en';
    patch.compare = url.compare ?? null;
    // A link without `layers` means every layer: on a history step the screen must follow it, as it does for names.
    if (url.layers) patch.layers = url.layers;
    else if (reason === 'history') patch.layers = [...LAYER_KEYS];
    this._applying = true;
    try {
      store.set(patch, reason);
      if (map && url.map) {
        map.jumpTo({ zoom: url.map.zoom, center: [url.map.lon, url.map.lat], bearing: url.map.bearing ?? 0, pitch: url.map.pitch ?? 0 });
      } else if (map && selection) {
        this._opts.frame(selection);
      }
    } finally {
      this._applying = false;
    }
    if (ignored.length) this._opts.report(ignored);
  }
}
