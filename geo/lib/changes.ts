/** geo/sources/changes.csv: one row per change of control (schema and resolution rule in geo/README.md). */
import { readCsv, oneOf, type Column } from './csv.ts';
import { checkSourceUrl } from './sources.ts';
import { isIsoDay } from '../../src/model/calendar.ts';
import { HOLDERS, CONFIDENCES, PARTIES, type Holder, type Confidence, type Party } from '../../src/model/vocabulary.ts';
import type { ChangeRow } from '../../src/model/control.ts';

/** A row of changes.csv with who announced it and who denied it (empty where the record does not say). */
export type ChangeRowWithParties = ChangeRow & { claimed_by: Party[]; denied_by: Party[] };

/** The confidences a row can have claimed_by and denied_by on: a confirmed row is no one side's claim. */
const CLAIMED_CONFIDENCES: readonly Confidence[] = ['announced', 'disputed'];

const splitParties = (v: string): string[] => (v.trim() === '' ? [] : v.split(';').map((p) => p.trim()));

/** One or more party ids joined with `;`, each once. */
export function checkParties(v: string): string | null {
  const parts = splitParties(v);
  const bad = [...new Set(parts.filter((p) => !(PARTIES as readonly string[]).includes(p)))];
  if (bad.length) {
    const named = bad.map((p) => (p === '' ? 'an empty value' : `"${p}"`)).join(', ');
    const where = parts.length > 1 ? ` (in "${v}")` : '';
    return `${named}${where} ${bad.length > 1 ? 'are' : 'is'} not one of ${PARTIES.join(', ')} (several may be joined with ";", e.g. armenia;nagorno-karabakh)`;
  }
  const twice = parts.find((p, i) => parts.indexOf(p) !== i);
  return twice ? `"${twice}" is named twice in "${v}"` : null;
}

export const CHANGE_COLUMNS: readonly Column[] = [
  { name: 'date', required: true, check: (v) => (isIsoDay(v) ? null : `"${v}" is not a calendar day (YYYY-MM-DD)`) },
  { name: 'place', required: true },
  { name: 'holder', required: true, check: oneOf(HOLDERS) },
  { name: 'event', required: true },
  { name: 'confidence', required: true, check: oneOf(CONFIDENCES) },
  { name: 'source', required: true, check: checkSourceUrl },
  { name: 'note' },
  // Added later, at the end: a file or a row written without them still reads (both empty).
  { name: 'claimed_by', check: checkParties, omittable: true },
  { name: 'denied_by', check: checkParties, omittable: true },
];

export function loadChanges(path: string, label = 'geo/sources/changes.csv'): ChangeRowWithParties[] {
  return readCsv(path, label, CHANGE_COLUMNS).map(({ line, values: v }) => ({
    date: v.date!,
    place: v.place!,
    holder: v.holder as Holder,
    event: v.event!,
    confidence: v.confidence as Confidence,
    source: v.source!,
    note: v.note!,
    claimed_by: splitParties(v.claimed_by ?? '') as Party[],
    denied_by: splitParties(v.denied_by ?? '') as Party[],
    line,
  }));
}

/**
 * Problems that need the other records, or more than one column: unknown place or area, unknown event, the same
 * place or area changing twice on one day, a confirmed row naming who announced or denied it. One line each, with
 * the line number.
 */
export function crossCheckChanges(
  rows: readonly ChangeRowWithParties[],
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
    for (const column of ['claimed_by', 'denied_by'] as const)
      if (r[column].length && !CLAIMED_CONFIDENCES.includes(r.confidence))
        problems.push(
          `${label}:${r.line}: column "${column}": "${r[column].join(';')}" on a ${r.confidence} row; who announced or denied a change is recorded only on ${CLAIMED_CONFIDENCES.join(' and ')} rows (leave it empty, or say it in the note)`,
        );
    const key = `${r.place} ${r.date}`;
    const first = seen.get(key);
    if (first) problems.push(`${label}:${r.line}: "${r.place}" already changes on ${r.date} (line ${first}); one row per place per day`);
    else seen.set(key, r.line!);
  }
  return problems;
}
