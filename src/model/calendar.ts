/**
 * Calendar days as ISO strings (`YYYY-MM-DD`), never as local-time `Date`s.
 *
 * Arithmetic goes through UTC milliseconds only (Date.UTC / getUTC*), so a
 * reader in any time zone sees the same day. ISO day strings of the same
 * length compare correctly as text, and all dates here are four-digit years.
 */
export type IsoDay = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar day in `YYYY-MM-DD` form (rejects 2021-02-29). */
export function isIsoDay(value: unknown): value is IsoDay {
  if (typeof value !== 'string') return false;
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Whole days since 1970-01-01 for an ISO day. */
export function dayNumber(day: IsoDay): number {
  const m = ISO_DAY.exec(day);
  if (!m) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/** The ISO day for a day number (inverse of dayNumber). */
export function fromDayNumber(n: number): IsoDay {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return fromDayNumber(dayNumber(day) + days);
}

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: IsoDay, months: number): IsoDay {
  const n = dayNumber(day);
  const t = new Date(n * DAY_MS);
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(t.getUTCDate(), lastDay))).toISOString().slice(0, 10);
}

export function clampDay(day: IsoDay, min: IsoDay, max: IsoDay): IsoDay {
  return day < min ? min : day > max ? max : day;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "21 November 2020", formatted in UTC so the day never shifts. Formatters are cached: building one costs far more than using it. */
export function formatDay(day: IsoDay, locale = 'en-GB'): string {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(locale, f);
  }
  return f.format(new Date(dayNumber(day) * DAY_MS));
}
