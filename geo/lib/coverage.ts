/**
 * What the records cover: per 1988 unit and per period, the settlements, the
 * dated rows and their confidence, and the days of the 2020 war with changes.
 * Pure: it takes the parsed records and the built cells, and returns tables.
 */
import type { ChangeRow } from '../../src/model/control.ts';
import type { Confidence } from '../../src/model/vocabulary.ts';
import { CONFIDENCES } from '../../src/model/types.ts';
import type { Place } from './places.ts';
import { DISTRICT_IDS } from './districts.ts';
import type { ListEntry } from './lists.ts';

/** The periods of the coverage table: first and last day, inclusive. */
export const COVERAGE_PERIODS = [
  { id: '1988–94', first: '1988-01-01', last: '1994-05-12' },
  { id: '1994–2020', first: '1994-05-13', last: '2020-09-26' },
  { id: 'war 2020', first: '2020-09-27', last: '2020-11-10' },
  { id: 'after 2020', first: '2020-11-11', last: '9999-12-31' },
] as const;

/** The days Azerbaijan announced captures on, for the "days of 2020" count: 27 Sep – 9 Nov 2020. */
export const WAR_FIRST = '2020-09-27';
export const WAR_LAST = '2020-11-09';

export interface CellLike {
  district: string;
  history: { by?: string; from: string }[];
}

export interface UnitCoverage {
  unit: string;
  settlements: number;
  landmarks: number;
  /** Settlements with at least one row of their own. */
  dated: number;
  rows: Record<string, number>;
  confidence: Record<Confidence, number>;
}

export interface Coverage {
  units: UnitCoverage[];
  total: UnitCoverage;
  /** Days of 27 Sep – 9 Nov 2020 with at least one row naming a settlement, with their counts. */
  warDays: { day: string; rows: number }[];
}

const SETTLEMENT_KINDS = new Set(['city', 'town', 'village']);

function emptyUnit(unit: string): UnitCoverage {
  return {
    unit,
    settlements: 0,
    landmarks: 0,
    dated: 0,
    rows: Object.fromEntries(COVERAGE_PERIODS.map((p) => [p.id, 0])),
    confidence: Object.fromEntries(CONFIDENCES.map((c) => [c, 0])) as Record<Confidence, number>,
  };
}

/**
 * A row counts in the unit of its place, or, for a row naming an area or a
 * unit, in every unit with a cell whose history it starts.
 */
export function coverage(places: readonly Place[], rows: readonly ChangeRow[], cells: readonly CellLike[]): Coverage {
  const byUnit = new Map<string, UnitCoverage>(DISTRICT_IDS.map((u) => [u, emptyUnit(u)]));
  const total = emptyUnit('all');
  const placeById = new Map(places.map((p) => [p.id, p]));
  const areaUnits = new Map<string, Set<string>>();
  for (const c of cells)
    for (const h of c.history) {
      if (!h.by || placeById.has(h.by)) continue;
      const set = areaUnits.get(h.by) ?? new Set<string>();
      set.add(c.district);
      areaUnits.set(h.by, set);
    }
  const datedPlaces = new Set(rows.filter((r) => placeById.has(r.place)).map((r) => r.place));
  for (const p of places) {
    if (!p.unit) continue;
    const u = byUnit.get(p.unit)!;
    const isSettlement = SETTLEMENT_KINDS.has(p.kind);
    for (const t of [u, total]) {
      if (isSettlement) t.settlements++;
      else t.landmarks++;
      if (isSettlement && datedPlaces.has(p.id)) t.dated++;
    }
  }
  const periodOf = (day: string) => COVERAGE_PERIODS.find((p) => day >= p.first && day <= p.last)!.id;
  const warDays = new Map<string, number>();
  for (const r of rows) {
    const place = placeById.get(r.place);
    const units = place ? (place.unit ? [place.unit] : []) : [...(areaUnits.get(r.place) ?? (byUnit.has(r.place) ? [r.place] : []))];
    const period = periodOf(r.date);
    for (const unit of units) {
      const u = byUnit.get(unit)!;
      u.rows[period]!++;
      u.confidence[r.confidence]++;
    }
    total.rows[period]!++;
    total.confidence[r.confidence]++;
    if (place && r.date >= WAR_FIRST && r.date <= WAR_LAST) warDays.set(r.date, (warDays.get(r.date) ?? 0) + 1);
  }
  return {
    units: [...byUnit.values()],
    total,
    warDays: [...warDays.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, n]) => ({ day, rows: n })),
  };
}

/** Column order of the confidence shares (the table's header names them in this order). */
const SHOWN_CONFIDENCES: readonly Confidence[] = ['confirmed', 'announced', 'disputed'];

const pct = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)} %` : '–');

/** The coverage as Markdown tables (the README shows this text between its coverage markers). */
/** How much of the two sides' lists of 2020 the record holds. */
export interface ListCoverage {
  announced: { entries: number; days: number; placed: number; dated: number };
  lost: { entries: number; placed: number };
}

/** `dated`: announced entries whose place has a row on the day of the announcement. */
export function listCoverage(announced: readonly ListEntry[], lost: readonly ListEntry[], rows: readonly ChangeRow[]): ListCoverage {
  const rowDays = new Set(rows.map((r) => `${r.place} ${r.date}`));
  return {
    announced: {
      entries: announced.length,
      days: new Set(announced.map((e) => e.date)).size,
      placed: announced.filter((e) => e.place).length,
      dated: announced.filter((e) => e.place && rowDays.has(`${e.place} ${e.date}`)).length,
    },
    lost: { entries: lost.length, placed: lost.filter((e) => e.place).length },
  };
}

export function coverageMarkdown(c: Coverage, unitNames: Record<string, string>, lists?: ListCoverage): string {
  const head = [
    'Unit',
    'Settlements',
    'with rows of their own',
    'Heights, landmarks',
    ...COVERAGE_PERIODS.map((p) => `Rows ${p.id}`),
    'confirmed',
    'announced',
    'disputed',
  ];
  const line = (u: UnitCoverage, name: string) => {
    const n = Object.values(u.confidence).reduce((a, b) => a + b, 0);
    return [
      name,
      u.settlements,
      u.dated,
      u.landmarks,
      ...COVERAGE_PERIODS.map((p) => u.rows[p.id]),
      ...SHOWN_CONFIDENCES.map((k) => pct(u.confidence[k], n)),
    ];
  };
  const rows = [...c.units.map((u) => line(u, unitNames[u.unit] ?? u.unit)), line(c.total, '**All**')];
  const table = [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const nDays = c.warDays.length;
  const nRows = c.warDays.reduce((a, d) => a + d.rows, 0);
  const days = c.warDays.map((d) => `${d.day.slice(5)} (${d.rows})`).join(', ');
  return [
    table,
    '',
    `A row counts in the unit of the settlement it names; a row naming an area counts once in each unit it applies to, and once in **All**. Confidence shares are of all the rows counted in the unit.`,
    '',
    `27 Sep – 9 Nov 2020: ${nRows} rows naming a settlement, on ${nDays} days: ${days}.`,
    ...(lists
      ? [
          '',
          `The two sides' lists of 2020 (geo/sources/lists/): Azerbaijan's announcements name ${lists.announced.entries} settlements on ${lists.announced.days} days, of which ${lists.announced.placed} are in the record and ${lists.announced.dated} have a row on the day announced; the Armenian government's list of 21 November 2020 names ${lists.lost.entries}, of which ${lists.lost.placed} are in the record.`,
        ]
      : []),
  ].join('\n');
}
