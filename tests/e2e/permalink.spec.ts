import { test, expect, type Page } from '@playwright/test';
import { waitForIdle, watchPage } from './helpers.ts';

const dateLabel = (page: Page) => page.locator('.date-label');
type View = { zoom: number; lat: number; lon: number; bearing: number; pitch: number };
const view = (page: Page): Promise<View> =>
  page.evaluate(() => {
    const m = (
      window as unknown as {
        __atlas: { map: { getZoom(): number; getCenter(): { lat: number; lng: number }; getBearing(): number; getPitch(): number } };
      }
    ).__atlas.map;
    const c = m.getCenter();
    return { zoom: m.getZoom(), lat: c.lat, lon: c.lng, bearing: m.getBearing(), pitch: m.getPitch() };
  });

test('a permalink restores date, view, selection and names in a fresh page', async ({ page, context }) => {
  await page.goto('/#date=2021-03-04&map=9.25/39.7/46.6/20/30&sel=clause:6&names=hy&layers=zones,districts,lines,corridor,places');
  await waitForIdle(page);
  await expect(dateLabel(page)).toHaveText('4 March 2021');
  const v = await view(page);
  expect(Math.abs(v.zoom - 9.25)).toBeLessThan(0.01);
  expect(Math.abs(v.lat - 39.7)).toBeLessThan(1e-4);
  expect(Math.abs(v.lon - 46.6)).toBeLessThan(1e-4);
  expect(Math.abs(v.bearing - 20)).toBeLessThan(0.1);
  expect(Math.abs(v.pitch - 30)).toBeLessThan(0.1);
  await expect(page.getByLabel('Names', { exact: true })).toHaveValue('hy');
  await expect(page.locator('.clause.selected')).toContainText('Kalbajar');
  await expect(page.getByRole('checkbox', { name: 'Peacekeeping zone' })).not.toBeChecked();

  // The link the app writes brings back the same thing in another page.
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await waitForIdle(other);
  await expect(dateLabel(other)).toHaveText('4 March 2021');
  const w = await view(other);
  expect(Math.abs(w.zoom - v.zoom)).toBeLessThan(0.01);
  expect(Math.abs(w.lat - v.lat)).toBeLessThan(1e-4);
  expect(Math.abs(w.lon - v.lon)).toBeLessThan(1e-4);
  await expect(other.getByLabel('Names', { exact: true })).toHaveValue('hy');
});

test('next event pushes a history entry; Back returns to the previous date', async ({ page }) => {
  await page.goto('/#date=2020-11-19');
  await waitForIdle(page);
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(dateLabel(page)).toHaveText('20 November 2020');
  await expect(page).toHaveURL(/date=2020-11-20/);
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(dateLabel(page)).toHaveText('25 November 2020');
  await page.goBack();
  await expect(dateLabel(page)).toHaveText('20 November 2020');
  await page.goBack();
  await expect(dateLabel(page)).toHaveText('19 November 2020');
  await page.goForward();
  await expect(dateLabel(page)).toHaveText('20 November 2020');
});

test('unticking a layer and pressing Back shows every layer again, as the URL says', async ({ page }) => {
  await page.goto('/#date=2020-11-20');
  await waitForIdle(page);
  const places = page.getByRole('checkbox', { name: 'Places' });
  await places.uncheck();
  await expect(page).toHaveURL(/layers=zones,districts,lines,corridor,peacekeeping(&|$)/);
  await page.goBack();
  await expect(page).not.toHaveURL(/layers=/);
  await expect(places).toBeChecked();
  const visibility = await page.evaluate(() =>
    (
      window as unknown as { __atlas: { map: { getLayoutProperty(id: string, p: string): string | undefined } } }
    ).__atlas.map.getLayoutProperty('place-label', 'visibility'),
  );
  expect(visibility ?? 'visible').toBe('visible');
});

test('after playing, Back returns to the day before Play, not through every event played', async ({ page }) => {
  await page.goto('/#date=2020-11-10');
  await waitForIdle(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(dateLabel(page)).toHaveText(/^(25 November|1 December|12 December|18 December) 2020$/, { timeout: 15_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  const stopped = (await dateLabel(page).textContent())!;
  const iso: Record<string, string> = {
    '25 November 2020': '2020-11-25',
    '1 December 2020': '2020-12-01',
    '12 December 2020': '2020-12-12',
    '18 December 2020': '2020-12-18',
  };
  await expect(page).toHaveURL(new RegExp(`date=${iso[stopped]}`));
  await page.goBack();
  await expect(dateLabel(page)).toHaveText('10 November 2020');
});

test('scrubbing follows in the URL without adding history entries', async ({ page }) => {
  await page.goto('/#date=2020-11-10');
  await waitForIdle(page);
  const before = await page.evaluate(() => history.length);
  await page.getByRole('slider', { name: 'Date' }).focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/date=2020-11-15/);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('#sel=kalbajar opens on its handover, 25 November 2020, and frames it', async ({ page }) => {
  await page.goto('/#sel=kalbajar');
  await waitForIdle(page);
  await expect(dateLabel(page)).toHaveText('25 November 2020');
  const v = await view(page);
  expect(v.lon).toBeGreaterThan(45.7);
  expect(v.lon).toBeLessThan(46.5);
  expect(v.lat).toBeGreaterThan(39.8);
  expect(v.lat).toBeLessThan(40.4);
  expect(v.zoom).toBeGreaterThan(7.5);
  await expect(page).toHaveURL(/sel=district:kalbajar/);
});

test('hostile links: no page error, no dialog, the default view and a notice', async ({ page, baseURL }) => {
  const watch = watchPage(page, new URL(baseURL!).origin);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const links = [
    '#date=<script>alert(1)</script>&sel="><img src=x onerror=alert(1)>',
    '#map=NaN/Infinity/1e400&date=2020-02-30',
    '#sel=' + 'a'.repeat(5000) + '&names=__proto__',
    '#%E0%A4%A&date=9999-99-99',
  ];
  for (const link of links) {
    await page.goto('about:blank');
    await page.goto('/' + link);
    await waitForIdle(page);
    await expect(dateLabel(page)).toHaveText('10 November 2020');
    await expect(page.locator('.notice-warning')).toContainText('Parts of this link were ignored');
    expect(await page.locator('img[src="x"], script:not([type="module"]):not([src])').count()).toBe(0);
    const v = await view(page);
    expect(v.lon).toBeGreaterThan(45.75);
    expect(v.lon).toBeLessThan(47.45);
  }
  expect(dialogs).toBe(0);
  expect(watch.errors).toEqual([]);
});

test('Copy link copies the permalink and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#date=2020-11-25&sel=district:kalbajar');
  await waitForIdle(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.share-status')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toContain('date=2020-11-25');
});

test('without a clipboard, Copy link shows the link in a selected field', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await page.goto('/#date=2020-12-01');
  await waitForIdle(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: 'Link to this view' });
  await expect(field).toBeVisible();
  await expect(field).toHaveValue(page.url());
  expect(await field.evaluate((i: HTMLInputElement) => i.selectionEnd! - i.selectionStart!)).toBe(page.url().length);
});
