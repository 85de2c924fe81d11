/** Shapes of the data of record as the model reads them (see geo/README.md). */
import type { IsoDay } from './calendar.ts';
import type { Confidence, Holder, Party } from './vocabulary.ts';

export { HOLDERS, CONFIDENCES, type Holder, type Confidence } from './vocabulary.ts';

/**
 * A stretch of one holder. Derived periods also say which row of the change
 * log started them: its confidence, source, note, and the place or area it names (`by`).
 */
export interface Period {
  from: IsoDay;
  to: IsoDay | null;
  holder: Holder;
  event: string;
  confidence?: Confidence;
  /** When the period began on an announced or disputed row: the day a confirmed row for the same holder first applied. */
  confirmed?: IsoDay;
  /** Index of the change row in geo/log.json that starts the period (built files); source, note and by come from it. */
  row?: number;
  source?: string;
  note?: string;
  /** The place or area the row names. */
  by?: string;
  /** Who announced the change and who denied it, where the row records it. */
  claimedBy?: Party[];
  deniedBy?: Party[];
}

/** One row of geo/sources/changes.csv, as geo/log.json ships it. */
export interface LogRow {
  date: IsoDay;
  /** A place id or an area id. */
  place: string;
  holder: Holder;
  event: string;
  confidence: Confidence;
  source: string;
  note?: string;
  /** Who announced the change, and who denied it, where the record says (changes.csv's claimed_by, denied_by). */
  claimed_by?: Party[];
  denied_by?: Party[];
}

/**
 * geo/log.json: the record behind the map, loaded after the first coloured frame. The cells' periods point into
 * `rows` by index; `places` has the sources of every place.
 */
export interface LogFile {
  rows: LogRow[];
  places: Record<string, { coord_source: string; names_source: string; note?: string }>;
}

/** A territory cell: the land drawn around one settlement (`place`), or land with no settlement of record (`place` null). */
export interface ZoneRecord {
  id: string;
  name: string;
  district: string;
  place?: string | null;
  /** The named areas of geo/sources/areas.json the cell lies in. */
  areas?: string[];
  history: Period[];
}

export interface Source {
  title: string;
  url: string;
}

export interface EventRecord {
  id: string;
  date: IsoDay;
  time?: string;
  tz?: string;
  end_date?: IsoDay;
  type: string;
  title: string;
  summary: string;
  clause?: number;
  sources: Source[];
  date_note?: string;
}

/** One obligation of a point of the statement: what, by when, and when it was done. */
export interface Obligation {
  what: string;
  /** The 1988 units and named areas (geo/sources/areas.json) the obligation concerns. */
  areas?: string[];
  deadline: IsoDay | null;
  deadline_note?: string | null;
  actual: IsoDay | null;
  actual_event?: string | null;
  outcome?: string;
}

/** A point of the statement of 9/10 November 2020 (geo/clauses.json). */
export interface Clause {
  number: number;
  title: string;
  paraphrase: string;
  numbers?: { value: number; unit: string; note?: string }[];
  obligations?: Obligation[];
  areas?: string[];
  lines?: string[];
  events?: string[];
  sources?: Source[];
}

export interface ClausesFile {
  official_text?: Source[];
  clauses: Clause[];
}
