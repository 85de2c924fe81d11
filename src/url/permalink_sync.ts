/**
 * Keeps the URL hash and the view in step, with the History API: continuous changes (scrubbing, Play, panning)
 * replace the entry, throttled (Mobile Safari allows about 100 URL changes per 30 seconds); discrete
 * steps (next/previous event, a selection, names, layers, period, compare view) push one, so Back and Forward walk
 * through them; a panel switch replaces the entry at once. Every read of the URL (load, a hash edited by hand, Back/Forward) sets every key of the view, absent
 * ones to their default, and writes the normalised link back, so the address bar always says what the screen shows.
 */
import type { ChangeReason, Store } from '../model/store.ts';
import type { Selection } from '../model/store.ts';
import { parse, serialize, type Ignored, type Limits, type MapView } from './permalink.ts';
import type { UiLang } from '../model/vocabulary.ts';
import { stateFromUrl, urlFromState, type Resolver } from './view_state.ts';

/** The map's camera, as the permalink needs it (the map adapter implements it). */
export interface Camera {
  view(): MapView;
  jumpTo(view: MapView): void;
  /** Frames a selection without animation. */
  frame(sel: Selection): void;
  /** The home view: the eight units, clear of the map's controls. */
  home(): void;
  /** Calls back after each camera move; returns the unsubscribe. */
  onMoveEnd(listener: () => void): () => void;
}

/** The parts of `window` the sync uses (a stub in unit tests). */
export interface HistoryHost {
  location: { hash: string; pathname: string; search: string };
  history: { pushState(data: unknown, unused: string, url: string): void; replaceState(data: unknown, unused: string, url: string): void };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

export interface PermalinkOptions {
  store: Store;
  camera?: Camera;
  limits: Limits;
  resolver: Resolver;
  /** Tells the reader what part of a link was ignored. */
  report: (ignored: Ignored[]) => void;
  /** The data version the app shows: written into every link as `v`. */
  version?: string;
  /** Called when a link read was made with another data version than `version`. */
  otherVersion?: (linked: string) => void;
  /** The interface's language, written into every link as `lang` when set (the reader or the link chose it). */
  lang?: UiLang;
  /** Called when a link read names another interface language than `lang` (a hash edited by hand, Back/Forward). */
  otherLang?: (linked: UiLang) => void;
  /** Minimum milliseconds between two replaceState calls. */
  throttle?: number;
  host?: HistoryHost;
}

const PUSH_REASONS: ReadonlySet<ChangeReason> = new Set(['step', 'select', 'locate', 'names', 'layers', 'view']);

export class PermalinkSync {
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _lastWrite = 0;
  private _applying = false;
  private readonly _host: HistoryHost;
  private readonly _onPop = () => this._read('history');
  private _unsubscribe: (() => void) | undefined;
  private _offMove: (() => void) | undefined;

  constructor(private readonly _opts: PermalinkOptions) {
    this._host = _opts.host ?? window;
  }

  /** Applies the current URL, writes it back normalised, then follows the view, the map and the history. */
  start(): void {
    this._read('init');
    this._unsubscribe = this._opts.store.subscribe((_s, _p, reason) => this._onChange(reason));
    this._host.addEventListener('popstate', this._onPop);
    this._offMove = this._opts.camera?.onMoveEnd(() => {
      if (!this._applying) this._schedule();
    });
  }

  stop(): void {
    this._unsubscribe?.();
    this._offMove?.();
    this._host.removeEventListener('popstate', this._onPop);
    if (this._timer) clearTimeout(this._timer);
    this._timer = undefined;
  }

  /** The link of the view now. */
  hash(): string {
    const url = urlFromState(this._opts.store.state, this._opts.camera?.view());
    if (this._opts.version) url.v = this._opts.version;
    if (this._opts.lang) url.lang = this._opts.lang;
    return serialize(url);
  }

  private _onChange(reason: ChangeReason): void {
    if (this._applying || reason === 'history' || reason === 'init') return;
    if (PUSH_REASONS.has(reason)) this._write(true);
    // A panel switch is one act, not a stream: it replaces the entry at once.
    else if (reason === 'panel') this._write(false);
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
    // A pending throttled write is superseded by this one.
    if (this._timer) clearTimeout(this._timer);
    this._timer = undefined;
    const hash = this.hash();
    this._lastWrite = performance.now();
    const { location, history } = this._host;
    if (hash === location.hash) return;
    const url = `${location.pathname}${location.search}${hash}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  private _read(reason: 'init' | 'history'): void {
    const { state: url, ignored } = parse(this._host.location.hash, this._opts.limits);
    const { store, camera } = this._opts;
    const next = stateFromUrl(url, this._opts.resolver, ignored);
    this._applying = true;
    try {
      store.set(next, reason);
      if (camera && url.map) camera.jumpTo(url.map);
      else if (camera && next.selection) camera.frame(next.selection);
      // A link that places neither the map nor a selection opens on the home view; a hash edited in the running page
      // leaves the map where it is (and the view written back says where that is).
      else if (reason === 'init') camera?.home();
    } finally {
      this._applying = false;
    }
    // The address bar says what the screen shows: clamped, defaulted and dropped values are written back.
    this._write(false);
    if (ignored.length) this._opts.report(ignored);
    if (url.v && this._opts.version && url.v !== this._opts.version) this._opts.otherVersion?.(url.v);
    if (url.lang && url.lang !== this._opts.lang) this._opts.otherLang?.(url.lang);
  }
}
