/**
 * The permalink codec: what the URL hash says about the view, and back.
 * Pure (no DOM, no map). Unknown keys are ignored, bad values fall back to
 * defaults or are clamped, and every such decision is reported (`Ignored`, a code
 * with its details; the interface words it in the reader's language), so the app
 * can say what it ignored. Nothing parsed here is ever used as HTML.
 *
 *   #date=2020-11-21&map=8.5/39.8153/46.7519&sel=zone:agdam-west&names=az
 *
 * Keys (see README): date, map (zoom/lat/lon[/bearing/pitch], as on
 * OpenStreetMap), sel (kind:id, or a bare id), names, compare, view (how a
 * comparison is shown), layers, period (the slider's focus), panel, tour (a step
 * of the guided tour), v (the data version the link was made with), lang (the
 * interface's language).
 */
import { isIsoDay, type IsoDay } from '../model/calendar.ts';
import {
  UI_LANGS,
  COMPARE_VIEWS,
  LAYER_KEYS,
  NAME_KEYS,
  PANELS,
  PERIOD_IDS,
  SEL_KINDS,
  type CompareView,
  type LayerKey,
  type NameKey,
  type PanelId,
  type SelKind,
  type UiLang,
} from '../model/vocabulary.ts';

export { LAYER_KEYS, NAME_KEYS, SEL_KINDS, type LayerKey, type NameKey, type SelKind };

const SEL = new RegExp(`^(?:(${SEL_KINDS.join('|')}):)?([a-z0-9][a-z0-9-]{0,63})$`);

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
  bearing?: number;
  pitch?: number;
}

export interface UrlState {
  date?: IsoDay;
  map?: MapView;
  /** `kind` is absent when the link names a bare id; the app resolves it. */
  sel?: { kind?: SelKind; id: string };
  names?: NameKey;
  compare?: IsoDay;
  view?: CompareView;
  layers?: LayerKey[];
  period?: string;
  panel?: PanelId;
  /** The step of the guided tour (1–99 here; the app knows how many there are). */
  tour?: number;
  /** The data version the link was made with (geo/derived/version.json). */
  v?: string;
  /** The interface's language, when the link names one. */
  lang?: UiLang;
}

/** What part of a link could not be used, and why (worded by the interface: src/i18n/). */
export type Ignored =
  | { code: 'too-long'; max: number }
  | { code: 'unreadable' }
  | { code: 'repeated'; key: string }
  | { code: 'not-a-date'; key: string; value: string }
  | { code: 'outside-timeline'; key: string; value: string; shown: string }
  | { code: 'bad-map'; value: string }
  | { code: 'map-outside' }
  | { code: 'bad-selection'; value: string }
  | { code: 'not-one-of'; key: string; value: string; allowed: readonly string[] }
  | { code: 'unknown-layers'; value: string }
  | { code: 'bad-tour'; value: string }
  | { code: 'bad-version'; value: string }
  | { code: 'unknown-key'; key: string }
  /** Found by the app, not the codec (view_state.ts): */
  | { code: 'unknown-name'; id: string }
  | { code: 'no-tour-step'; step: number }
  | { code: 'outside-tour'; step: number };
export type IgnoredCode = Ignored['code'];

export interface Limits {
  minDate: IsoDay;
  maxDate: IsoDay;
  minZoom: number;
  maxZoom: number;
  /** West, south, east, north. */
  bounds: [number, number, number, number];
  maxPitch: number;
}

export interface ParseResult {
  state: UrlState;
  ignored: Ignored[];
}

const MAX_HASH = 2000;
/** A data version: the first hex digits of a SHA-256. */
const VERSION = /^[0-9a-f]{6,16}$/;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** A finite decimal number written plainly (no hex, no exponent beyond reason, no Infinity). */
function num(s: string | undefined): number | undefined {
  if (s === undefined || !/^-?\d{1,4}(\.\d{1,12})?$/.test(s)) return undefined;
  const v = Number(s);
  return Number.isFinite(v) ? v : undefined;
}

function short(s: string): string {
  const clean = s.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

export function parse(hash: string, limits: Limits): ParseResult {
  const ignored: Ignored[] = [];
  const state: UrlState = {};
  let raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw.length > MAX_HASH) {
    ignored.push({ code: 'too-long', max: MAX_HASH });
    raw = raw.slice(0, MAX_HASH);
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
  } catch {
    return { state, ignored: [{ code: 'unreadable' }] };
  }
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (seen.has(key)) {
      ignored.push({ code: 'repeated', key: short(key) });
      continue;
    }
    seen.add(key);
    switch (key) {
      case 'date':
      case 'compare': {
        if (!isIsoDay(value)) {
          ignored.push({ code: 'not-a-date', key, value: short(value) });
          break;
        }
        const d = value < limits.minDate ? limits.minDate : value > limits.maxDate ? limits.maxDate : value;
        if (d !== value) ignored.push({ code: 'outside-timeline', key, value, shown: d });
        state[key] = d;
        break;
      }
      case 'map': {
        const parts = value.split('/');
        const [z, lat, lon, bearing, pitch] = parts.map((p) => num(p));
        if (
          parts.length < 3 ||
          parts.length > 5 ||
          z === undefined ||
          lat === undefined ||
          lon === undefined ||
          (parts.length >= 4 && bearing === undefined) ||
          (parts.length === 5 && pitch === undefined)
        ) {
          ignored.push({ code: 'bad-map', value: short(value) });
          break;
        }
        const [w, s, e, n] = limits.bounds;
        const view: MapView = {
          zoom: clamp(z, limits.minZoom, limits.maxZoom),
          lat: clamp(lat, s, n),
          lon: clamp(lon, w, e),
        };
        if (bearing !== undefined) view.bearing = normaliseBearing(bearing);
        if (pitch !== undefined) view.pitch = clamp(pitch, 0, limits.maxPitch);
        if (view.zoom !== z || view.lat !== lat || view.lon !== lon || (pitch !== undefined && view.pitch !== pitch)) {
          ignored.push({ code: 'map-outside' });
        }
        state.map = view;
        break;
      }
      case 'sel': {
        const m = SEL.exec(value);
        if (!m) {
          ignored.push({ code: 'bad-selection', value: short(value) });
          break;
        }
        state.sel = m[1] ? { kind: m[1] as SelKind, id: m[2]! } : { id: m[2]! };
        break;
      }
      case 'names':
        if ((NAME_KEYS as readonly string[]).includes(value)) state.names = value as NameKey;
        else ignored.push({ code: 'not-one-of', key, value: short(value), allowed: NAME_KEYS });
        break;
      case 'layers': {
        const list = value === '' ? [] : value.split(',');
        const ok = list.filter((l): l is LayerKey => (LAYER_KEYS as readonly string[]).includes(l));
        if (ok.length !== list.length) ignored.push({ code: 'unknown-layers', value: short(value) });
        state.layers = [...new Set(ok)].sort((a, b) => LAYER_KEYS.indexOf(a) - LAYER_KEYS.indexOf(b));
        break;
      }
      case 'view':
        if ((COMPARE_VIEWS as readonly string[]).includes(value)) state.view = value as CompareView;
        else ignored.push({ code: 'not-one-of', key, value: short(value), allowed: COMPARE_VIEWS });
        break;
      case 'period':
        if (PERIOD_IDS.includes(value)) state.period = value;
        else ignored.push({ code: 'not-one-of', key, value: short(value), allowed: PERIOD_IDS });
        break;
      case 'panel':
        if ((PANELS as readonly string[]).includes(value)) state.panel = value as PanelId;
        else ignored.push({ code: 'not-one-of', key, value: short(value), allowed: PANELS });
        break;
      case 'tour':
        if (/^[1-9]\d?$/.test(value)) state.tour = Number(value);
        else ignored.push({ code: 'bad-tour', value: short(value) });
        break;
      case 'v':
        if (VERSION.test(value)) state.v = value;
        else ignored.push({ code: 'bad-version', value: short(value) });
        break;
      case 'lang':
        if ((UI_LANGS as readonly string[]).includes(value)) state.lang = value as UiLang;
        else ignored.push({ code: 'not-one-of', key, value: short(value), allowed: UI_LANGS });
        break;
      default:
        ignored.push({ code: 'unknown-key', key: short(key) });
    }
  }
  return { state, ignored };
}

/** Brings a bearing into (-180, 180]; values already there are returned as they are (no float drift). */
export function normaliseBearing(b: number): number {
  if (b > -180 && b <= 180) return b;
  const r = round(((((b + 180) % 360) + 360) % 360) - 180, 6);
  return r === -180 ? 180 : r;
}

/** Rounds a view to what the link stores: zoom to 0.01, coordinates to 1e-5° (about 1 m). */
export function roundView(v: MapView): MapView {
  const out: MapView = { zoom: round(v.zoom, 2), lat: round(v.lat, 5), lon: round(v.lon, 5) };
  const bearing = v.bearing === undefined ? 0 : round(normaliseBearing(v.bearing), 1);
  const pitch = v.pitch === undefined ? 0 : round(v.pitch, 1);
  if (bearing !== 0 || pitch !== 0) {
    out.bearing = bearing;
    out.pitch = pitch;
  }
  return out;
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

function fmt(v: number): string {
  return String(v);
}

export function serialize(state: UrlState): string {
  const p = new URLSearchParams();
  if (state.date) p.set('date', state.date);
  if (state.map) {
    const v = roundView(state.map);
    const parts = [v.zoom, v.lat, v.lon];
    if (v.bearing !== undefined) parts.push(v.bearing, v.pitch ?? 0);
    p.set('map', parts.map(fmt).join('/'));
  }
  if (state.sel && ID.test(state.sel.id)) p.set('sel', state.sel.kind ? `${state.sel.kind}:${state.sel.id}` : state.sel.id);
  if (state.names) p.set('names', state.names);
  if (state.compare) p.set('compare', state.compare);
  if (state.view) p.set('view', state.view);
  if (state.layers) p.set('layers', state.layers.join(','));
  if (state.period) p.set('period', state.period);
  if (state.panel) p.set('panel', state.panel);
  if (state.tour) p.set('tour', String(state.tour));
  if (state.v && VERSION.test(state.v)) p.set('v', state.v);
  if (state.lang) p.set('lang', state.lang);
  // URLSearchParams escapes "/" and ":" which are safe in a fragment; keep links readable.
  return '#' + p.toString().replace(/%2F/g, '/').replace(/%3A/g, ':').replace(/%2C/g, ',');
}
