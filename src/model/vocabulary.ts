/**
 * The atlas's vocabulary, in one place: who can hold land, how sure a change is, the layers a reader can switch, the
 * name conventions, the panels, the interface's languages, the periods the slider can focus on, the map's bounds and the view's defaults.
 * `model/`, `map/`, `ui/`, `url/` and `geo/` import it; it imports nothing.
 */

/** Who held a piece of land on a day. */
export const HOLDERS = ['armenian', 'azerbaijani', 'peacekeepers'] as const;
export type Holder = (typeof HOLDERS)[number];

/** How sure the record is of a change: one side's claim, both sides or independent sources, or denied by the other side. */
export const CONFIDENCES = ['announced', 'confirmed', 'disputed'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Who can announce or deny a change of control (changes.csv's `claimed_by`, `denied_by`). */
export const PARTIES = ['azerbaijan', 'armenia', 'nagorno-karabakh'] as const;
export type Party = (typeof PARTIES)[number];

/** The layers the reader can show or hide (the permalink's `layers`), in the legend's order. */
export const LAYER_KEYS = ['zones', 'districts', 'lines', 'corridor', 'peacekeeping', 'places'] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];

/** Name conventions (the permalink's `names`). English carries both usages for contested names. */
export const NAME_KEYS = ['en', 'hy', 'az', 'ru'] as const;
export type NameKey = (typeof NAME_KEYS)[number];

/** The interface languages (the permalink's `lang`); the interface's words are in `src/i18n/`, one table each. */
export const UI_LANGS = ['en', 'hy', 'az', 'ru'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** What a selection can be (the permalink's `sel`). */
export const SEL_KINDS = ['zone', 'district', 'event', 'clause'] as const;
export type SelKind = (typeof SEL_KINDS)[number];

/** The side panels (the permalink's `panel`), in the order of their tabs. */
export const PANELS = ['events', 'clauses', 'compare', 'table'] as const;
export type PanelId = (typeof PANELS)[number];

/** How the map shows a comparison of two days (the permalink's `view`). */
export const COMPARE_VIEWS = ['changes', 'swipe'] as const;
export type CompareView = (typeof COMPARE_VIEWS)[number];

/** The credit line of the exported data files (the data's own language, English; the interface's copy is in src/i18n/). */
export const EXPORT_ATTRIBUTION =
  'Ceasefire Atlas. Borders and lakes © OpenStreetMap contributors (ODbL); districts and rivers: Natural Earth (public domain), districts corrected to 1988; relief: ETOPO5, NOAA NGDC (public domain); places: GeoNames (CC BY 4.0) and cited articles; territory cells derived from the settlements and the change log, lines hand-digitised, ±2–5 km.';

/** The first day of the timeline: the NKAO soviet's request of 20 February 1988. */
export const TIMELINE_START = '1988-02-20';
/** The day the statement took effect (00:00 Moscow time, 10 November 2020), shown when a link names no day. */
export const DEFAULT_DAY = '2020-11-10';

/** Periods the date slider can focus on (the permalink's `period`); `to: 'end'` means the end of the timeline. */
export interface PeriodFocus {
  id: string;
  from: string;
  /** A day, or 'end': the end of the timeline. */
  to: string;
}
export const PERIODS: readonly PeriodFocus[] = [
  { id: 'all', from: TIMELINE_START, to: 'end' },
  { id: '1988-1994', from: TIMELINE_START, to: '1994-12-31' },
  { id: 'war-2020', from: '2020-09-20', to: '2020-11-15' },
  { id: 'handovers', from: '2020-11-05', to: '2020-12-20' },
  { id: '2022-2024', from: '2022-08-01', to: '2024-07-01' },
];
export const PERIOD_IDS = PERIODS.map((p) => p.id);

/** The NKAO and the seven adjacent districts, with a margin (W, S, E, N): the home view. */
export const HOME_BOUNDS: [number, number, number, number] = [45.75, 38.85, 47.45, 40.45];
/** How far the reader may pan: the basemap's extent (W, S, E, N). */
export const MAX_BOUNDS: [number, number, number, number] = [43.5, 37.6, 49.0, 41.7];
export const MIN_ZOOM = 5;
export const MAX_ZOOM = 14;
export const MAX_PITCH = 60;
