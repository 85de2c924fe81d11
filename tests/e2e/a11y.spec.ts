/**
 * Open to every reader (issue #20): axe-core finds no serious or critical violation on each view, on a desktop and a
 * phone screen; a keyboard alone reaches a place's popup and the table; the timeline speaks once when it rests.
 */
import { test, expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { waitForIdle } from './helpers.ts';

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

/** The page with its CSP bypassed, so axe's script can be injected (the scan only; every other test keeps the CSP). */
async function open(browser: Browser, size: { width: number; height: number }, hash = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: size, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`/${hash}`);
  await waitForIdle(page);
  return page;
}

async function serious(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

async function openTimelapse(page: Page) {
  await page.getByRole('tab', { name: 'Compare & area' }).click();
  await page.getByRole('button', { name: 'Record a time-lapse…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a time-lapse' });
  await expect(dialog).toBeVisible();
  return dialog;
}

const VIEWS: { name: string; hash: string; act?: (page: Page) => Promise<void> }[] = [
  { name: 'the default view', hash: '' },
  { name: 'a selection', hash: '#date=2020-11-25&sel=district:kalbajar' },
  { name: 'the Statement panel', hash: '#sel=clause:6' },
  { name: 'the Compare panel, comparing', hash: '#date=2020-12-02&compare=2020-09-26' },
  { name: 'swipe', hash: '#date=2020-12-02&compare=2020-09-26&view=swipe' },
  { name: 'the Table panel', hash: '#date=2020-11-20&panel=table' },
  {
    name: 'the Cite dialog',
    hash: '#date=2020-11-10&sel=district:agdam',
    act: async (page) => {
      await page.getByRole('button', { name: 'Cite' }).click();
      await expect(page.getByRole('dialog', { name: 'Cite this view' })).toBeVisible();
    },
  },
  // In Armenian (another script, and the record's English marked as such), with the Statement panel's English texts.
  { name: 'the interface in Armenian', hash: '#lang=hy&sel=clause:2' },
  { name: 'the interface in Azerbaijani, comparing', hash: '#lang=az&date=2020-12-02&compare=2020-09-26' },
  {
    name: 'the time-lapse dialog, with a wrong range',
    hash: '#date=2020-11-10',
    act: async (page) => {
      const dialog = await openTimelapse(page);
      await dialog.getByLabel('From', { exact: true }).fill('2020-12-20');
      await dialog.getByRole('button', { name: 'Record' }).click();
      await expect(dialog.getByRole('alert')).toHaveText('From must be before To.');
    },
  },
  {
    name: 'the time-lapse dialog, recording',
    hash: '#date=2020-11-10',
    act: async (page) => {
      const dialog = await openTimelapse(page);
      await dialog.getByRole('button', { name: 'Record' }).click();
      await expect(dialog.getByRole('progressbar', { name: 'Recording progress' })).toBeVisible();
    },
  },
  {
    name: 'a popup',
    hash: '#date=2021-06-01&map=9/39.8153/46.7519',
    act: async (page) => {
      await page.locator('.maplibregl-canvas').focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('.maplibregl-popup .popup-title')).toBeFocused();
    },
  },
];

for (const size of SIZES)
  for (const view of VIEWS)
    test(`axe: no serious or critical violation on ${view.name} (${size.name})`, async ({ browser }) => {
      const page = await open(browser, size, view.hash);
      if (size.name === 'phone' && view.name.includes('panel')) await expect(page.locator('#side')).not.toHaveClass(/collapsed/);
      await view.act?.(page);
      expect(await serious(page)).toEqual([]);
      await page.context().close();
    });

test('keyboard only: the map opens the popup of the place at its centre, Escape closes it and the focus comes back', async ({ page }) => {
  await page.goto('/#date=2021-06-01&map=9/39.8153/46.7519');
  await waitForIdle(page);
  const canvas = page.locator('.maplibregl-canvas');
  await canvas.focus();
  await expect(page.locator('.centre-mark')).toBeVisible();
  await page.keyboard.press('Enter');
  const popup = page.locator('.maplibregl-popup');
  // Stepanakert/Khankendi in June 2021: the centre of the view.
  await expect(popup.locator('.popup-title')).toBeFocused();
  await expect(popup.locator('.popup-title')).toContainText('Stepanakert / Khankendi');
  await expect(popup.locator('.popup-holder')).toHaveText('Nagorno-Karabakh authorities / Armenian forces');
  expect(await page.evaluate(() => location.hash)).toContain('sel=zone:');
  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);
  await expect(canvas).toBeFocused();
  // Enter again opens it again; Tab moves inside the popup, Escape from there closes it and returns to the map.
  await page.keyboard.press('Enter');
  await expect(popup).toHaveCount(1);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Escape');
  await expect(canvas).toBeFocused();
  await expect(page.locator('.centre-mark')).toBeVisible();
});

test('keyboard only: the Table lists every cell with its holder on the day, sorts, filters and shows a place on the map', async ({
  page,
}) => {
  await page.goto('/#date=2020-11-19');
  await waitForIdle(page);
  await page.getByRole('tab', { name: 'Events' }).focus();
  await page.keyboard.press('End');
  const table = page.getByRole('tabpanel', { name: 'Table' });
  await expect(table).toBeVisible();
  const cells = await page.evaluate(
    () => (window as unknown as { __atlas: { atlas: { timeline: { zones: unknown[] } } } }).__atlas.atlas.timeline.zones.length,
  );
  await expect(table.locator('tbody tr')).toHaveCount(cells);
  await expect(table.locator('caption')).toHaveText(`Who held each place at the end of 19 November 2020 — ${cells} of ${cells} shown`);
  const agdam = table.locator('tbody tr', { has: page.getByRole('button', { name: 'Agdam / Aghdam', exact: true }) });
  await expect(agdam.locator('td').nth(2)).toHaveText('Nagorno-Karabakh authorities / Armenian forces');
  // The table follows the date.
  await page.getByRole('slider', { name: 'Date' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(agdam.locator('td').nth(2)).toHaveText('Azerbaijan');
  await expect(agdam.locator('td').nth(3)).toContainText('20 November 2020');
  // Filter by holder, then by name.
  await table.getByLabel('Held by').selectOption('peacekeepers');
  const shown = table.locator('tbody tr:not([hidden])');
  expect(await shown.count()).toBeGreaterThan(0);
  for (const text of await shown.locator('td:nth-child(4)').allTextContents()) expect(text).toMatch(/^Russian peacekeepers/);
  await table.getByLabel('Held by').selectOption('');
  await table.getByLabel('Filter by name').fill('shusha');
  await expect(shown).toHaveCount(1);
  // Sort by area, largest first (a second press reverses).
  await table.getByLabel('Filter by name').fill('');
  const km2 = table.getByRole('button', { name: 'km²' });
  await km2.click();
  await km2.click();
  await expect(table.locator('th', { has: page.getByRole('button', { name: 'km²' }) })).toHaveAttribute('aria-sort', 'descending');
  const areas = (await shown.locator('td:nth-child(3)').allTextContents()).map((t) => Number(t.replace(/,/g, '')));
  expect(areas).toEqual([...areas].sort((a, b) => b - a));
  // Choosing a place selects and frames it on the map, and marks its row.
  await table.getByLabel('Filter by name').fill('shusha');
  await shown.getByRole('button').first().press('Enter');
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/sel=zone:shusha/);
  await expect(shown.first()).toHaveClass(/selected/);
  const centre = await page.evaluate(() => {
    const m = (window as unknown as { __atlas: { map: { getCenter(): { lng: number; lat: number }; getZoom(): number } } }).__atlas.map;
    return { ...m.getCenter(), zoom: m.getZoom() };
  });
  expect(Math.abs(centre.lng - 46.75)).toBeLessThan(0.15);
  expect(Math.abs(centre.lat - 39.76)).toBeLessThan(0.15);
  expect(centre.zoom).toBeGreaterThan(9);
});

test('the timeline speaks once when a drag across the war rests, not once per day', async ({ page }) => {
  await page.goto('/#date=2020-09-20&period=war-2020');
  await waitForIdle(page);
  await page.evaluate(() => {
    const w = window as unknown as { __updates: string[] };
    w.__updates = [];
    const regions = [
      ...document.querySelectorAll('[aria-live="polite"], [aria-live="assertive"], [role="status"], [role="alert"], output'),
    ].filter((e) => e.getAttribute('aria-live') !== 'off');
    const observer = new MutationObserver(() => w.__updates.push(regions.map((r) => r.textContent ?? '').join('|')));
    for (const r of regions) observer.observe(r, { childList: true, characterData: true, subtree: true });
  });
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  // The announcer's timers run on a fake clock, so a slow frame on a loaded machine cannot pass for a pause: the drag
  // takes no time on the clock, then the clock runs past the 0.7 s rest.
  await page.clock.install();
  // Installed, the fake clock still runs with real time: pause it (two seconds on, so what was pending has fired).
  await page.clock.pauseAt(Date.now() + 2000);
  // A drag: 50 days in quick steps (the arrow keys move the slider like a drag does, one day at a time).
  for (let i = 0; i < 50; i++) await page.keyboard.press('ArrowRight');
  await page.clock.runFor(1000);
  await expect(page.locator('#announcer')).not.toBeEmpty();
  const said = await page.locator('#announcer').textContent();
  expect(said).toMatch(/^9 November 2020\. /);
  expect(said).toContain('and ');
  // Every mutation of a live region: clearing it while moving, then the one sentence once it rested.
  const updates = await page.evaluate(() => (window as unknown as { __updates: string[] }).__updates);
  expect(updates.filter((u) => u.replace(/\|/g, '') !== '').length).toBe(1);
});

test('keyboard only: set a day, read who held the place at the centre, close its popup, copy the link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#date=2020-11-10&map=9/39.8153/46.7519');
  await waitForIdle(page);
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('Skip to the date slider');
  await page.keyboard.press('Enter');
  expect(await focused()).toBe('Date');
  // 10 Nov → 10 Dec 2020 (a month), then back 10 days: 30 November 2020.
  await page.keyboard.press('PageUp');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.date-label')).toHaveText('30 November 2020');
  // Next event, then the map.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('Map');
  await page.keyboard.press('Enter');
  const popup = page.locator('.maplibregl-popup');
  await expect(popup.locator('.popup-title')).toBeFocused();
  await expect(popup.locator('.popup-date')).toHaveText('30 November 2020');
  await expect(popup.locator('.popup-holder')).toHaveText('Nagorno-Karabakh authorities / Armenian forces');
  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);
  expect(await focused()).toBe('Map');
  // Back along the tab order to Copy link: next event, slider, play, previous event, period, Cite, Copy link.
  for (let i = 0; i < 7; i++) await page.keyboard.press('Shift+Tab');
  expect(await focused()).toBe('Copy link');
  await page.keyboard.press('Enter');
  await expect(page.locator('.share-status')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toMatch(/date=2020-11-30&map=[\d./]+&sel=zone:stepanakert&v=[0-9a-f]{10}$/);
});
