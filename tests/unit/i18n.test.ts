/**
 * The interface's languages (src/i18n/): which one a reader gets, that every table is whole and written in its
 * language, and that the words that vary (days, counts, the reasons a link was ignored) read right in each.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { en, type Messages } from '../../src/i18n/en.ts';
import { hy } from '../../src/i18n/hy.ts';
import { az } from '../../src/i18n/az.ts';
import { ru } from '../../src/i18n/ru.ts';
import {
  dayText,
  ignoredText,
  LOCALES,
  num,
  pickLang,
  setTable,
  tableDay,
  tableList,
  tableNumber,
  sentence,
  type UiLang,
} from '../../src/i18n/index.ts';
import { formatDay } from '../../src/model/calendar.ts';
import { plural } from '../../src/i18n/plural.ts';
import { deadlineText } from '../../src/ui/clauses_panel.ts';
import type { Ignored } from '../../src/url/permalink.ts';

const TABLES: Record<Exclude<UiLang, 'en'>, Messages> = { hy, az, ru };

/** Every leaf of a table, by its path: strings, and functions called with stand-in arguments. */
function leaves(table: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (table && typeof table === 'object' && !Array.isArray(table))
    for (const [k, v] of Object.entries(table)) for (const [p, leaf] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, leaf);
  else out.set(path, table);
  return out;
}

/** Values a table may share with English: names, symbols and formats. */
const SAME_IN_EVERY_LANGUAGE = /^(BibTeX|CSL-JSON|km²?|m|[A-Z]{2,5}|[\s.,:“”—]+)$/;

/** Functions that write as English does in a language: the bare day-month-year, and symbols. */
const SAME_FUNCTIONS: Record<string, string[]> = { az: ['format.date', 'film.megabytes', 'film.area'] };

afterEach(() => setTable('en', en));

describe('the language a reader gets', () => {
  it("is the link's, else the browser's first of the four, else English", () => {
    expect(pickLang('ru', ['hy-AM'])).toBe('ru');
    expect(pickLang(null, ['fr-FR', 'hy-AM', 'ru'])).toBe('hy');
    expect(pickLang(undefined, ['az-Latn-AZ'])).toBe('az');
    expect(pickLang('fr', ['de', 'fr'])).toBe('en');
    expect(pickLang('RU', [])).toBe('en');
    expect(pickLang(null, ['RU-ru'])).toBe('ru');
  });
});

describe('each table', () => {
  const english = leaves(en);

  for (const [lang, table] of Object.entries(TABLES)) {
    it(`${lang}: has every entry of the English table, none empty, and is not English`, () => {
      const mine = leaves(table);
      expect([...mine.keys()].sort()).toEqual([...english.keys()].sort());
      const same: string[] = [];
      for (const [path, value] of mine) {
        const ref = english.get(path);
        if (typeof ref === 'string') {
          expect(typeof value, path).toBe('string');
          expect(value, path).not.toBe('');
          if (value === ref && !SAME_IN_EVERY_LANGUAGE.test(ref)) same.push(path);
        } else if (typeof ref === 'function') {
          const f = value as (...a: unknown[]) => unknown;
          const g = ref as (...a: unknown[]) => unknown;
          expect(typeof value, path).toBe('function');
          expect(f.length, path).toBe(g.length);
          // Said with the same stand-ins, a function must not say what the English one says (but where the language
          // writes the same: a bare date pattern, a unit).
          const record = { max: 2000, key: 'kq', value: 'vq', shown: 'sq', allowed: ['aq', 'bq'], id: 'iq', step: 3 };
          const args = path.startsWith('link.ignored.') ? [record] : ['Xq', 'Yq', 'Zq', 'Wq'].slice(0, g.length);
          if (!SAME_FUNCTIONS[lang]?.includes(path) && String(f(...args)) === String(g(...args))) same.push(path);
        }
      }
      expect(same, 'entries left in English').toEqual([]);
    });

    it(`${lang}: says why each part of a link was ignored`, () => {
      setTable(lang as UiLang, table);
      const all: Ignored[] = [
        { code: 'too-long', max: 2000 },
        { code: 'unreadable' },
        { code: 'repeated', key: 'date' },
        { code: 'not-a-date', key: 'date', value: 'x' },
        { code: 'outside-timeline', key: 'date', value: '2099-01-01', shown: '2026-12-01' },
        { code: 'bad-map', value: 'x' },
        { code: 'map-outside' },
        { code: 'bad-selection', value: 'x' },
        { code: 'not-one-of', key: 'names', value: 'x', allowed: ['en', 'hy'] },
        { code: 'unknown-layers', value: 'x' },
        { code: 'bad-tour', value: 'x' },
        { code: 'bad-version', value: 'x' },
        { code: 'unknown-key', key: 'bogus' },
        { code: 'unknown-name', id: 'atlantis' },
        { code: 'no-tour-step', step: 12 },
        { code: 'outside-tour', step: 6 },
      ];
      const texts = all.map(ignoredText);
      expect(new Set(texts).size).toBe(all.length);
      for (const [i, t] of texts.entries()) {
        expect(t.trim(), all[i]!.code).not.toBe('');
        expect(t, all[i]!.code).not.toMatch(/undefined|\[object|NaN/);
      }
      expect(texts[8]).toContain('en, hy');
      expect(texts[12]).toContain('bogus');
    });
  }
});

describe('words that vary', () => {
  it('says a deadline against the day it was met, in English', () => {
    expect(deadlineText({ what: '', deadline: '2020-11-15', actual: '2020-11-25' })).toBe(
      'due 15 November 2020 → 25 November 2020 (10 days later)',
    );
    expect(deadlineText({ what: '', deadline: '2020-12-01', actual: '2020-12-01' })).toBe(
      'due 1 December 2020 → 1 December 2020 (on time)',
    );
    expect(deadlineText({ what: '', deadline: '2023-11-10', actual: '2022-08-26' })).toMatch(/\(441 days early\)$/);
    expect(deadlineText({ what: '', deadline: '2020-11-14', actual: '2020-11-15' })).toMatch(/\(1 day later\)$/);
    expect(deadlineText({ what: '', deadline: null, actual: null })).toBe('no deadline → not done');
  });

  it('writes days and numbers the way the language does (Intl), and counts with its plural forms', () => {
    setTable('ru', ru);
    expect(dayText('2020-11-10')).toBe('10 ноября 2020 г.');
    expect(num(12345)).toBe('12\u00a0345');
    expect(deadlineText({ what: '', deadline: '2020-11-15', actual: '2020-11-25' })).toContain('25 ноября 2020 г.');
    // One, few and many: "1 событие", "2 события", "5 событий", "21 событие".
    const nouns = [1, 2, 5, 21].map((n) => ru.announce.more(n).replace(/\d+/, 'N'));
    expect(new Set(nouns).size).toBe(3);
    expect(nouns[3]).toBe(nouns[0]);
    setTable('hy', hy);
    expect(dayText('2020-11-10')).toMatch(/նոյեմբերի/);
    setTable('az', az);
    expect(dayText('2020-11-10')).toMatch(/noyabr/);
  });

  it("ends a sentence with the language's own stop, once", () => {
    expect(sentence('Since 8 November 2020')).toBe('Since 8 November 2020.');
    expect(sentence('Done.')).toBe('Done.');
    setTable('ru', ru);
    // A Russian date's "г." ends the sentence too.
    expect(sentence(dayText('2020-11-08'))).toBe('8 ноября 2020 г.');
    setTable('hy', hy);
    // An Armenian date's "թ." is an abbreviation: the sentence still takes its ։.
    expect(sentence(dayText('2020-11-08'))).toBe('8 նոյեմբերի, 2020 թ.։');
  });

  it('plural() picks the CLDR form', () => {
    const forms = { one: 'событие', few: 'события', many: 'событий', other: 'события' };
    expect([1, 2, 5, 11, 21, 22].map((n) => plural('ru-RU', n, forms))).toEqual([
      'событие',
      'события',
      'событий',
      'событий',
      'событие',
      'события',
    ]);
    expect(plural('en', 1, { one: 'day', other: 'days' })).toBe('day');
  });
});

describe("each table's own forms, for browsers whose Intl lacks the language", () => {
  // Node is built with full ICU (CLDR): the tables' forms must write what CLDR writes.
  const days = ['1988-02-20', '1994-05-12', '2020-01-01', '2020-11-10', '2023-09-19', '2026-12-07'];
  const numbers = [0, 7, 12, 999, 1234, 12345, 123456.7, 4400000];
  for (const [lang, table] of Object.entries({ en, ...TABLES }) as [UiLang, Messages][]) {
    const locale = LOCALES[lang];
    const plain = (s: string) => s.replace(/\s/g, ' ');
    it(`${lang}: days, numbers and lists as CLDR (${locale})`, () => {
      for (const d of days) expect(tableDay(table, d), d).toBe(formatDay(d, locale));
      for (const n of numbers)
        expect(plain(tableNumber(table, n, 1)), String(n)).toBe(
          plain(new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n)),
        );
      for (const items of [['a'], ['a', 'b'], ['a', 'b', 'c']])
        expect(tableList(table, items)).toBe(new Intl.ListFormat(locale, { type: 'conjunction' }).format(items));
    });
  }
});
