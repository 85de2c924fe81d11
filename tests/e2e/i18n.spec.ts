/**
 * The interface in Armenian, Azerbaijani and Russian (#19). With `lang=hy`, `az` or `ru` the test opens every part of
 * the interface in turn (header, timeline, legend in both keys, the four panels, a point of the statement, the tour, a
 * popup, the Cite and time-lapse dialogs, a notice) and lists the strings on screen, in text or in accessible names, that are still
 * English. The record's own texts (event and clause texts, notes, source titles, place names in a Latin convention)
 * stay in English and say so with `lang`; they are left out.
 *
 * What counts as English: for Armenian and Russian, any word in Latin letters but the names kept in every language
 * (KEPT); for Azerbaijani, written in Latin letters too, any word of the English table (its strings and what its
 * functions return) or a common English word. Code and file names (`translate="no"`) are not read.
 */
import { test, expect, type Page } from '@playwright/test';
import { waitForIdle } from './helpers.ts';
import { launchWithoutWebGL } from './browser.ts';
import { ru } from '../../src/i18n/ru.ts';

/** Names every table keeps as they are (datasets, licences, formats, the project), and links; removed before reading. */
const KEPT = [
  /https?:\/\/\S+/g,
  // File names.
  /\bceasefire-atlas-\S*/g,
  // The data version (hex), and values a reader typed into a link, quoted back in a notice.
  /\b[0-9a-f]{10}\b/g,
  // (one token each: a quoted phrase is words, and is read)
  /[«“"][^»”"\s]*[»”"]/g,
  // The key, as it is written on keyboards.
  /\bEnter\b/g,
  /\b(Ceasefire Atlas|OpenStreetMap|Natural Earth|GeoNames|ETOPO5|NOAA( National Geophysical Data Center)?|NGDC)\b/g,
  /\b(CC BY 4\.0|CC0 1\.0|ODbL( 1\.0)?|BibTeX|CSL-JSON|GeoJSON|CSV|PNG|WebGL 2|MapLibre|turf|YYYY-MM-DD|km²?)(?![\p{L}])/gu,
];
/** Common English words, for Azerbaijani (whose own words are in Latin letters too). */
const ENGLISH = ['the', 'and', 'of', 'to', 'by', 'with', 'from', 'this', 'that', 'not', 'show', 'day', 'days', 'map', 'link', 'copy'];
/** Azerbaijani words spelt like words of the English table ("may" is the month). */
const AZ_TOO = ['may', 'video', 'real'];

interface Found {
  text: string;
  where: string;
}

/** Every string on screen, in text nodes and accessible names, outside parts marked as another language. */
async function onScreen(page: Page): Promise<Found[]> {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    // Parts in another language (the record's texts, place names) and parts not to be translated (code, file names).
    const foreign = (e: Element) => {
      const marked = e.closest('[lang]');
      if (e.closest('[translate="no"]')) return true;
      return !!marked && marked !== document.documentElement && marked.getAttribute('lang')!.split('-')[0] !== pageLang;
    };
    const where = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : ''}`;
    const out: { text: string; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement!;
      const text = n.textContent!.trim();
      if (!text || /^(SCRIPT|STYLE|NOSCRIPT)$/.test(parent.tagName) || foreign(parent)) continue;
      const hiddenText = parent.closest('.visually-hidden');
      if (!hiddenText && !parent.checkVisibility({ visibilityProperty: true })) continue;
      out.push({ text, where: where(parent) });
    }
    // A closed select shows one option, but every option is read out and seen once it opens.
    for (const select of document.body.querySelectorAll('select')) {
      if (foreign(select) || !select.checkVisibility({ visibilityProperty: true })) continue;
      for (const o of select.options)
        if (!foreign(o) && o.text.trim()) out.push({ text: o.text.trim(), where: `option in ${where(select)}` });
    }
    for (const e of document.body.querySelectorAll('*')) {
      if (foreign(e) || !(e.checkVisibility({ visibilityProperty: true }) || e.closest('.visually-hidden'))) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'aria-description', 'alt', 'aria-valuetext']) {
        const v = e.getAttribute(attr)?.trim();
        if (v) out.push({ text: v, where: `${where(e)}[${attr}]` });
      }
    }
    return out;
  });
}

/** The record's own texts that may sit inside an interface string (the events' titles in the timeline's tooltips, a place's name in a citation). */
async function recordTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const events = (window as unknown as { __atlas: { atlas: { timeline: { events: { title: string }[] } } } }).__atlas.atlas.timeline
      .events;
    // And what the page itself marks as another language (a place's name, a point's title): a citation repeats them.
    const page = document.documentElement.lang;
    const marked = [...document.body.querySelectorAll('[lang]')]
      .filter((e) => e.getAttribute('lang')!.split('-')[0] !== page)
      .map((e) => e.textContent!.trim())
      .filter((t) => t.length > 2);
    return [...new Set([...events.map((e) => e.title), ...marked])].sort((a, b) => b.length - a.length);
  });
}

/** The words of the English table: its strings and what its functions say with stand-in arguments. */
async function englishWords(page: Page): Promise<Set<string>> {
  const words = await page.evaluate(() => {
    const { en } = (window as unknown as { __i18n: { en: unknown } }).__i18n;
    const texts: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === 'string') texts.push(v);
      else if (typeof v === 'function') {
        try {
          const args = Array.from({ length: v.length }, (_, i) => (i % 2 ? 2 : 'X'));
          texts.push(String((v as (...a: unknown[]) => unknown)(...args)));
        } catch {
          /* a function of a record (link.ignored): its words are in the others */
        }
      } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(en);
    return texts.join(' ').match(/\p{L}+/gu) ?? [];
  });
  return new Set(words.map((w) => w.toLowerCase()));
}

/** The strings among `found` that are English, with where each was seen. */
function english(found: Found[], lang: string, enWords: Set<string>, record: string[]): string[] {
  const azEnglish = new Set([...enWords, ...ENGLISH].filter((w) => !AZ_TOO.includes(w)));
  const isEnglish = (word: string) => (lang === 'az' ? azEnglish.has(word.toLowerCase()) : /^[A-Za-z]+$/.test(word));
  const strip = (text: string) =>
    record.reduce(
      (t, r) => t.split(r).join(' '),
      KEPT.reduce((t, name) => t.replace(name, ' '), text),
    );
  const words = (text: string) => strip(text).match(/\p{L}+/gu) ?? [];
  const bad = found.flatMap((f) => {
    const english = words(f.text).filter(isEnglish);
    return english.length ? [`${f.where}: ${f.text} [${english.join(' ')}]`] : [];
  });
  return [...new Set(bad)];
}

for (const lang of ['hy', 'az', 'ru'] as const) {
  test(`with lang=${lang}, no English interface string is left on screen`, async ({ page }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`/#lang=${lang}&date=2020-11-10`);
    await waitForIdle(page);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const enWords = await englishWords(page);
    const found: Found[] = [];
    const look = async () => found.push(...(await onScreen(page)));

    await look(); // header, timeline, legend, the Events panel, the map's controls and credits
    await page.locator('.maplibregl-ctrl-attrib-button').click();
    await look();
    await page.locator('#tab-clauses').click();
    await page.locator('li.clause[data-clause="2"] .clause-button').click();
    await look();
    await page.locator('.tour-start').click();
    await expect(page.locator('.tour')).toBeVisible();
    await look();
    await page.locator('.tour-close').click();
    await page.locator('#tab-compare').click();
    await look(); // before a second day is chosen
    await page.locator('.compare-panel input[type="date"]').fill('2020-09-26');
    await expect(page.locator('.transitions')).toBeVisible();
    await look(); // the comparison, and the legend's key of changes
    await page.locator('.film-button').click();
    await expect(page.locator('.film-dialog')).toBeVisible();
    await page.locator('#film-from').fill('2020-12-01');
    await page.locator('#film-to').fill('2020-11-01');
    await page.locator('.film-record').click();
    await expect(page.locator('.film-errors li')).toHaveCount(1);
    await look(); // the time-lapse dialog, with a problem named
    await page.keyboard.press('Escape');
    await page.locator('#tab-table').click();
    await expect(page.locator('.control-table tbody tr').first()).toBeVisible();
    await look();
    await page.goto(`/#lang=${lang}&date=2020-11-21&sel=zone:agdam-west&bogus=1`);
    await waitForIdle(page);
    await expect(page.locator('.notice-warning')).toBeVisible();
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.maplibregl-popup .popup')).toBeVisible();
    await page.locator('.popup-details summary').click();
    await look(); // a notice and a popup
    await page.keyboard.press('Escape');
    await page.locator('.cite-button').click();
    await expect(page.locator('.cite-dialog')).toBeVisible();
    await look();

    expect(errors, 'page errors').toEqual([]);
    expect(found.length).toBeGreaterThan(100);
    // Read at the end: the record's texts the walk has put on the page by then (a popup's place, the Cite title).
    const record = await recordTexts(page);
    expect(english(found, lang, enWords, record), `English strings on screen with lang=${lang}`).toEqual([]);
    // Days are written in the language (Intl): the slider's day is not the English one.
    await expect(page.locator('.date-label')).not.toHaveText('21 November 2020');
    await page.screenshot({ path: `tests/screenshots/lang-${lang}.png` });
  });
}

test('the test finds English: the same walk in English lists the interface', async ({ page }) => {
  await page.goto('/#lang=en&date=2020-11-10');
  await waitForIdle(page);
  const found = await onScreen(page);
  const listed = english(found, 'ru', await englishWords(page), await recordTexts(page));
  expect(listed).toEqual(expect.arrayContaining([expect.stringContaining('Legend'), expect.stringContaining('Copy link')]));
});

test('the language follows the browser, and the choice of another reloads the view in it, kept in the link', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'hy-AM' });
  const page = await context.newPage();
  await page.goto('/#date=2020-11-20&sel=district:agdam');
  await waitForIdle(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'hy');
  // From the browser, not the link: the link does not force it on whoever opens it.
  await expect(page).not.toHaveURL(/lang=/);
  const day = await page.locator('.date-label').textContent();
  expect(day).toBe(
    new Intl.DateTimeFormat('hy-AM', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2020, 10, 20)),
  );
  await page.locator('.lang-menu summary').click();
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page).toHaveURL(/date=2020-11-20&.*sel=district:agdam.*&lang=ru/);
  await waitForIdle(page);
  await expect(page.locator('.date-label')).toHaveText('20 ноября 2020 г.');
  await expect(page.getByRole('tab', { name: 'События' })).toBeVisible();
  // Back in English by the link.
  await page.goto('/#date=2020-11-20&lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.date-label')).toHaveText('20 November 2020');
  await context.close();
});

test('a link with an unknown language says so and shows the browser’s', async ({ page }) => {
  await page.goto('/#date=2020-11-20&lang=fr');
  await waitForIdle(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.notice-warning')).toContainText('lang "fr" is not one of en, hy, az, ru');
});

test('without WebGL, the page that replaces the map speaks the language too', async () => {
  const browser = await launchWithoutWebGL();
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${test.info().project.use.baseURL!}#lang=ru&date=2020-11-25&panel=table`);
  await expect(page.getByRole('heading', { name: ru.errors.noMapHeading })).toBeVisible();
  await expect(page.locator('.notice-error')).toContainText(ru.errors.noMapTitle);
  await expect(page.locator('.no-map .control-table caption')).toContainText('25 ноября 2020 г.');
  const found = await onScreen(page);
  expect(english(found, 'ru', new Set(), await recordTexts(page)), 'English strings on screen without a map').toEqual([]);
  expect(errors).toEqual([]);
  await browser.close();
});
