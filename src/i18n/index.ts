/**
 * The interface's language: which table of words is in use, and dates, numbers and lists written the way that language
 * writes them (Intl). The language is chosen once, before the app is built (`lang=` in the link, else the browser's
 * first language that is one of the four, else English); choosing another reloads the page in it.
 *
 * `tr` is a live binding: modules read `tr.legend.summary` when they render, after `useLang` has run.
 */
import { UI_LANGS, type UiLang } from '../model/vocabulary.ts';
import { formatDay, type IsoDay } from '../model/calendar.ts';
import type { Ignored } from '../url/permalink.ts';
import { en, type Messages } from './en.ts';

export { en, UI_LANGS, type UiLang, type Messages };

/** Each language's name in itself, for the language switch (the same in every table). */
export const LANG_NAMES: Record<UiLang, string> = { en: 'English', hy: 'Հայերեն', az: 'Azərbaycanca', ru: 'Русский' };

/** The Intl locale of each interface language. */
export const LOCALES: Record<UiLang, string> = { en: 'en-GB', hy: 'hy-AM', az: 'az-Latn-AZ', ru: 'ru-RU' };

const TABLES: Record<Exclude<UiLang, 'en'>, () => Promise<Messages>> = {
  hy: () => import('./hy.ts').then((m) => m.hy),
  az: () => import('./az.ts').then((m) => m.az),
  ru: () => import('./ru.ts').then((m) => m.ru),
};

export let tr: Messages = en;
export let lang: UiLang = 'en';

export function isUiLang(v: unknown): v is UiLang {
  return (UI_LANGS as readonly unknown[]).includes(v);
}

/** The language to show: the link's, else the first of the browser's languages that is one of ours, else English. */
export function pickLang(linked: string | null | undefined, browser: readonly string[]): UiLang {
  if (isUiLang(linked)) return linked;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isUiLang(primary)) return primary;
  }
  return 'en';
}

/** Loads the table of `l` (English is built in) and makes it the interface's. */
export async function useLang(l: UiLang): Promise<void> {
  tr = l === 'en' ? en : await TABLES[l]();
  lang = l;
}

/** Sets a table directly (unit tests, and the English fallback when a table fails to load). */
export function setTable(l: UiLang, table: Messages): void {
  tr = table;
  lang = l;
  intlWrites.delete(l);
}

/**
 * Whether this browser's Intl writes the language as CLDR does, for days, numbers and lists. Browsers ship different
 * locale data: Chromium has none for Armenian (it answers in English) and only stubs for Azerbaijani ("2020 M11 20",
 * "a, b, and c"). Where Intl falls short, the table's own forms (`format`) write them. Asked once per language.
 */
const intlWrites = new Map<string, { days: boolean; numbers: boolean; lists: boolean }>();
function intlFor(l: UiLang) {
  let ok = intlWrites.get(l);
  if (!ok) {
    const f = tr.format;
    const locale = LOCALES[l];
    const plain = (s: string) => s.replace(/\s/g, ' ');
    ok = {
      days: formatDay('2020-11-20', locale) === tableDay(tr, '2020-11-20'),
      numbers: plain(new Intl.NumberFormat(locale).format(12345.5)) === plain(`12${f.group}345${f.decimal}5`),
      lists: new Intl.ListFormat(locale, { type: 'conjunction' }).format(['a', 'b']) === `a${f.and}b`,
    };
    intlWrites.set(l, ok);
  }
  return ok;
}

/** A calendar day in the interface's language ("21 November 2020", "21 ноября 2020 г."). */
export function dayText(d: IsoDay): string {
  return intlFor(lang).days ? formatDay(d, LOCALES[lang]) : tableDay(tr, d);
}

const numbers = new Map<string, Intl.NumberFormat>();
/** A number in the interface's language, with at most `digits` decimals. */
export function num(n: number, digits = 0): string {
  if (!intlFor(lang).numbers) return tableNumber(tr, n, digits);
  const key = `${lang}:${digits}`;
  let f = numbers.get(key);
  if (!f) numbers.set(key, (f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits })));
  return f.format(n);
}

/** A day written with a table's own forms (where Intl lacks the language). */
export function tableDay(t: Messages, d: IsoDay): string {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return t.format.date(day, t.format.months[m - 1]!, y);
}

/** A number written with a table's own separators, grouped by thousands (where Intl lacks the language). */
export function tableNumber(t: Messages, n: number, digits = 0): string {
  const fixed = Math.abs(n).toFixed(digits);
  const [int, frac] = (digits ? fixed.replace(/\.?0+$/, '') : fixed).split('.') as [string, string | undefined];
  const grouped = int.length < t.format.groupFrom ? int : int.replace(/\B(?=(\d{3})+$)/g, t.format.group);
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `${t.format.decimal}${frac}` : ''}`;
}

/** A list joined with a table's own conjunction (where Intl lacks the language). */
export function tableList(t: Messages, items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')}${t.format.and}${items.at(-1)!}`;
}

/**
 * Ends a sentence the interface put together with the language's full stop, unless it already ends in one: a Russian
 * date ends in "г.", which ends the sentence too; an Armenian one in "թ.", which is an abbreviation ("թ.։").
 */
export function sentence(s: string): string {
  return s.endsWith(tr.punctuation.stop) || /[!?…]$/.test(s) ? s : `${s}${tr.punctuation.stop}`;
}

/** Why a part of a link was left out, in the interface's language. */
export function ignoredText(i: Ignored): string {
  return (tr.link.ignored[i.code] as (i: Ignored) => string)(i);
}

const lists = new Map<UiLang, Intl.ListFormat>();
/** "a, b and c" in the interface's language. */
export function list(items: string[]): string {
  if (!intlFor(lang).lists) return tableList(tr, items);
  let f = lists.get(lang);
  if (!f) lists.set(lang, (f = new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' })));
  return f.format(items);
}
