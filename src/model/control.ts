/**
 * The resolution rule of the change log (geo/sources/changes.csv), as one pure
 * function shared by the geo build, the tests and anything else that needs it.
 *
 * A change row names a place (a settlement, height or landmark) or an area (a
 * 1988 unit or a named area of geo/sources/areas.json). The state of a place
 * on day D is the latest row on or before D that names the place or an area
 * holding it; on the same day a row naming the place wins over a row naming
 * an area. Two rows that apply to the same place on the same day, at the same
 * level, are a conflict. Consecutive rows with the same holder make one
 * period, dated by the first of them ("since").
 */
import type { IsoDay } from './calendar.ts';
import type { LogRow, Period } from './types.ts';

/** A row of changes.csv as read: a log row (as geo/log.json ships it) with its note always present and its line. */
export interface ChangeRow extends LogRow {
  note: string;
  /** Line in changes.csv, for messages. */
  line?: number;
}

export interface Resolved {
  periods: Period[];
  /** Rows naming the place itself that left its holder as it was (merged into the period before). */
  unchanged: ChangeRow[];
  /** One message per pair of rows that apply on the same day at the same level. */
  conflicts: string[];
}

/**
 * The history of one territory cell: `place` is the settlement the cell is
 * drawn around (null for land with no settlement of record), `areas` every
 * area holding it (its 1988 unit included).
 */
export function resolveHistory(place: string | null, areas: ReadonlySet<string>, rows: readonly ChangeRow[]): Resolved {
  const applying = rows.filter((r) => r.place === place || areas.has(r.place));
  const byDay = new Map<IsoDay, ChangeRow[]>();
  for (const r of applying) {
    const list = byDay.get(r.date);
    if (list) list.push(r);
    else byDay.set(r.date, [r]);
  }
  const conflicts: string[] = [];
  const winners: ChangeRow[] = [];
  /** Place rows that overrule an area row of their day: they matter even when the holder stays. */
  const overruling = new Set<ChangeRow>();
  for (const day of [...byDay.keys()].sort()) {
    const sameDay = byDay.get(day)!;
    const own = sameDay.filter((r) => r.place === place);
    const level = own.length ? own : sameDay;
    if (own.length && sameDay.some((r) => r.place !== place && r.holder !== own[0]!.holder)) overruling.add(own[0]!);
    if (level.length > 1) {
      const where = (r: ChangeRow) => (r.line ? `${r.place} (line ${r.line})` : r.place);
      conflicts.push(`${day}: ${level.map(where).join(' and ')} both apply${place ? ` to ${place}` : ''}`);
    }
    winners.push(level[0]!);
  }
  const periods: Period[] = [];
  const unchanged: ChangeRow[] = [];
  for (const r of winners) {
    const last = periods[periods.length - 1];
    if (last && last.holder === r.holder) {
      // A state that began on one side's word becomes sure on the first confirmed row for the same holder.
      if (r.confidence === 'confirmed' && last.confidence !== 'confirmed' && !last.confirmed) last.confirmed = r.date;
      if (r.place === place && !overruling.has(r)) unchanged.push(r);
      continue;
    }
    if (last) last.to = r.date;
    periods.push({
      from: r.date,
      to: null,
      holder: r.holder,
      event: r.event,
      confidence: r.confidence,
      source: r.source,
      by: r.place,
      ...(r.note ? { note: r.note } : {}),
    });
  }
  return { periods, unchanged, conflicts };
}
