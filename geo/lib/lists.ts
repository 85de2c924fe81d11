/**
 * The two sides' lists of 2020, as published (geo/sources/lists/): every settlement Azerbaijan announced as taken
 * between 27 Sep and 9 Nov 2020, by the day of the announcement, and the Armenian government's list of settlements
 * that passed under Azerbaijani control (21 Nov 2020). A row names the settlement as the list gives it; `place` links
 * it to places.csv once the settlement is in the record (empty while no citable position is known). They are the
 * measure of what the change log still lacks (npm run geo:coverage), not rows of the log themselves.
 */
import { readCsv, type Column } from './csv.ts';
import { checkSourceUrl } from './sources.ts';
import { isIsoDay } from '../../src/model/calendar.ts';

export interface ListEntry {
  /** The day of the announcement (the Azerbaijani list); empty for the Armenian list, published on one day. */
  date: string;
  name: string;
  source: string;
  place: string;
  line: number;
}

const source: Column = { name: 'source', required: true, check: checkSourceUrl };

/** Columns in file order. */
export const ANNOUNCED_COLUMNS: readonly Column[] = [
  {
    name: 'date',
    required: true,
    check: (v) => (isIsoDay(v) && v >= '2020-09-27' && v <= '2020-11-09' ? null : `"${v}" is not a day of 27 Sep – 9 Nov 2020`),
  },
  { name: 'name_as_given', required: true },
  { name: 'name_az' },
  { name: 'district_as_announced', required: true },
  { name: 'announced_by' },
  source,
  { name: 'place' },
  { name: 'note' },
];

export const LOST_COLUMNS: readonly Column[] = [
  { name: 'name_as_given', required: true },
  { name: 'name_hy' },
  { name: 'name_az' },
  { name: 'region', required: true },
  source,
  { name: 'place' },
  { name: 'note' },
];

export function loadList(path: string, label: string, columns: readonly Column[]): ListEntry[] {
  return readCsv(path, label, columns).map(({ line, values: v }) => ({
    date: v.date ?? '',
    name: v.name_as_given!,
    source: v.source!,
    place: v.place ?? '',
    line,
  }));
}

/** A list row whose `place` is not an id of places.csv. */
export function listProblems(entries: readonly ListEntry[], placeIds: ReadonlySet<string>, label: string): string[] {
  return entries
    .filter((e) => e.place && !placeIds.has(e.place))
    .map((e) => `${label}:${e.line}: column "place": "${e.place}" is not a place in places.csv`);
}

/** The list files under geo/sources/, with their columns. */
export const LIST_FILES = [
  ['lists/announced-2020.csv', ANNOUNCED_COLUMNS],
  ['lists/lost-2020-11-21.csv', LOST_COLUMNS],
] as const;
