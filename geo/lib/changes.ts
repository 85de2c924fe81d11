/** geo/sources/changes.csv: one row per change of control (schema and resolution rule in geo/README.md). */
import { readCsv, oneOf, type Column } from './csv.ts';
import { checkSourceUrl } from './sources.ts';
import { isIsoDay } from '../../src/model/calendar.ts';
import { HOLDERS, CONFIDENCES, type Holder, type Confidence } from '../../src/model/vocabulary.ts';
import type { ChangeRow } from '../../src/model/control.ts';

export const CHANGE_COLUMNS: readonly Column[] = [
  { name: 'date', required: true, check: (v) => (isIsoDay(v) ? null : `"${v}" is not a calendar day (YYYY-MM-DD)`) },
  { name: 'place', required: true },
  { name: 'holder', required: true, check: oneOf(HOLDERS) },
  { name: 'event', required: true },
  { name: 'confidence', required: true, check: oneOf(CONFIDENCES) },
  { name: 'source', required: true, check: checkSourceUrl },
  { name: 'note' },
];

export function loadChanges(path: string, label = 'geo/sources/changes.csv'): ChangeRow[] {
  return readCsv(path, label, CHANGE_COLUMNS).map(({ line, values: v }) => ({
    date: v.date!,
    place: v.place!,
    holder: v.holder as Holder,
    event: v.event!,
    confidence: v.confidence as Confidence,
    source: v.source!,
    note: v.note!,
    line,
  }));
}

/**
 * Problems that need the other records: unknown place or area, unknown event,
 * the same place or area changing twice on one day. One line each, with the line number.
 */
export function crossCheckChanges(
  rows: readonly ChangeRow[],
  placeIds: ReadonlySet<string>,
  areaIds: ReadonlySet<string>,
  eventIds: ReadonlySet<string>,
  label = 'geo/sources/changes.csv',
): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (!placeIds.has(r.place) && !areaIds.has(r.place))
      problems.push(
        `${label}:${r.line}: column "place": "${r.place}" is neither a place in places.csv nor an area (a 1988 unit or an id in areas.json)`,
      );
    if (!eventIds.has(r.event)) problems.push(`${label}:${r.line}: column "event": "${r.event}" is not an event id in geo/events.json`);
    const key = `${r.place} ${r.date}`;
    const first = seen.get(key);
    if (first) problems.push(`${label}:${r.line}: "${r.place}" already changes on ${r.date} (line ${first}); one row per place per day`);
    else seen.set(key, r.line!);
  }
  return problems;
}
