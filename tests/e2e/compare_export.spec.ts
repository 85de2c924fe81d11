import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { waitForIdle, pixelsAt, cellsIn, interiorPoints, colourAt as canvasColourAt } from './helpers.ts';
import { PALETTE, TRANSITION_COLOURS } from '../../src/map/palette.ts';
import { Atlas, type AtlasData } from '../../src/model/atlas.ts';

const read = (f: string) => JSON.parse(readFileSync(`geo/${f}`, 'utf8'));
const zones = read('zones.geojson') as FeatureCollection;
const turfKm2 = (ids: string[]) => ids.reduce((s, id) => s + turf.area(zones.features.find((f) => f.properties!.id === id)!) / 1e6, 0);
const atlas = new Atlas(
  { zones, boundaries: read('boundaries.geojson'), lines: read('lines.geojson'), events: read('events.json') } as AtlasData,
  '2026-11-28',
);

async function openCompareTab(page: Page) {
  await page.getByRole('tab', { name: 'Compare & area' }).click();
}

test("comparing 26 Sep 2020 with 2 Dec 2020 lists the transitions with the zones' turf areas and recolours the map", async ({ page }) => {
  await page.goto('/#date=2020-12-02&compare=2020-09-26');
  await waitForIdle(page);
  await openCompareTab(page);
  const armToAz = page.locator('tr[data-transition="armenian>azerbaijani"]');
  const armToPk = page.locator('tr[data-transition="armenian>peacekeepers"]');
  await expect(armToAz).toBeVisible();
  // Expected from the zones themselves: every zone whose holder went from armenian (26 Sep) to azerbaijani (2 Dec).
  const expectIds = (from: string, to: string) =>
    zones.features
      .map((f) => f.properties!.id as string)
      .filter(
        (id) => atlas.timeline.periodOf(id, '2020-09-26')?.holder === from && atlas.timeline.periodOf(id, '2020-12-02')?.holder === to,
      );
  const km2 = async (row: typeof armToAz) => Number((await row.locator('td.num').first().textContent())!.replace(/,/g, ''));
  expect(Math.abs((await km2(armToAz)) - turfKm2(expectIds('armenian', 'azerbaijani')))).toBeLessThanOrEqual(1);
  expect(Math.abs((await km2(armToPk)) - turfKm2(expectIds('armenian', 'peacekeepers')))).toBeLessThanOrEqual(1);
  await expect(page.locator('tr[data-transition="azerbaijani>armenian"]')).toHaveCount(0);

  // The map shows transitions: the Agdam district west of the 1994 line changed (blue), the land around Stepanakert did not (grey).
  const share = async (ids: string[], hex: string) => {
    const n = parseInt(hex.slice(1), 16);
    const px = await pixelsAt(page, interiorPoints(zones, ids));
    return (
      px.filter((c) => Math.abs(c.r - ((n >> 16) & 255)) < 12 && Math.abs(c.g - ((n >> 8) & 255)) < 12 && Math.abs(c.b - (n & 255)) < 12)
        .length / px.length
    );
  };
  expect(await share(cellsIn(zones, 'agdam', 'agdam-west-of-1994'), TRANSITION_COLOURS['armenian>azerbaijani']!)).toBeGreaterThan(0.6);
  expect(await share(cellsIn(zones, 'nkao', 'nkao-after-ceasefire-2020'), TRANSITION_COLOURS.same!)).toBeGreaterThan(0.6);
  await page.screenshot({ path: 'tests/screenshots/desktop-compare.png' });

  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await expect(page).not.toHaveURL(/compare=/);
});

test("the area chart's cursor follows the slider, and a click on the chart sets the date", async ({ page }) => {
  await page.goto('/#date=2020-11-10');
  await waitForIdle(page);
  await openCompareTab(page);
  const cursorX = () => page.locator('.chart-cursor').evaluate((l) => Number(l.getAttribute('x1')));
  const x0 = await cursorX();
  await page.getByRole('slider', { name: 'Date' }).focus();
  for (let i = 0; i < 24; i++) await page.keyboard.press('PageUp');
  await expect(page.locator('.date-label')).toHaveText('10 November 2022');
  const x1 = await cursorX();
  expect(x1).toBeGreaterThan(x0);
  await expect(page.locator('.chart-readout')).toContainText('10 November 2022');
  const box = (await page.locator('.area-chart').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.3, box.y + box.height / 2);
  await expect(page.locator('.date-label')).toHaveText(/199\d|200\d/);
  expect(await cursorX()).toBeLessThan(x0);
});

test('a date chosen while the compare tab is closed shows in its chart when the tab opens', async ({ page }) => {
  await page.goto('/#date=2020-11-10');
  await waitForIdle(page);
  await page.getByRole('slider', { name: 'Date' }).focus();
  for (let i = 0; i < 12; i++) await page.keyboard.press('PageUp');
  await expect(page.locator('.date-label')).toHaveText('10 November 2021');
  await openCompareTab(page);
  await expect(page.locator('.chart-readout')).toContainText('10 November 2021');
});

test('the GeoJSON export parses and matches the model', async ({ page }) => {
  await page.goto('/#date=2020-11-21');
  await waitForIdle(page);
  await openCompareTab(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download GeoJSON' }).click()]);
  expect(download.suggestedFilename()).toBe('ceasefire-atlas-2020-11-21.geojson');
  const fc = JSON.parse(readFileSync(await download.path(), 'utf8')) as FeatureCollection & { properties: { date: string } };
  expect(fc.properties.date).toBe('2020-11-21');
  expect(fc.features).toHaveLength(zones.features.length);
  for (const f of fc.features) {
    const p = atlas.timeline.periodOf(f.properties!.id, '2020-11-21')!;
    expect(f.properties!.holder).toBe(p.holder);
    expect(f.properties!.since).toBe(p.from);
    expect(f.properties!.event).toBe(p.event);
  }
  const agdam = fc.features.find((f) => f.properties!.id === 'agdam-town')!;
  expect(agdam.properties).toMatchObject({ holder: 'azerbaijani', since: '2020-11-20', clause: 2 });
  expect(agdam.properties!.sources.length).toBeGreaterThan(0);
});

test("the PNG export is a valid image of the map's size plus the footer", async ({ page }) => {
  await page.goto('/#date=2020-11-21');
  await waitForIdle(page);
  await openCompareTab(page);
  const size = await page.evaluate(() => {
    const c = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
    return { w: c.width, h: c.height, ratio: c.width / c.clientWidth };
  });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
  expect(download.suggestedFilename()).toBe('ceasefire-atlas-2020-11-21.png');
  const png = readFileSync(await download.path());
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  expect(png.readUInt32BE(16)).toBe(size.w);
  // The footer (export.ts, drawFooter, shared with the time-lapse's frames): the date and the legend, then the credits
  // wrapped to the map's width, at least three lines on this screen.
  const footer = (png.readUInt32BE(20) - size.h) / size.ratio;
  expect(footer).toBeGreaterThanOrEqual(80);
  expect(footer).toBeLessThanOrEqual(140);
  // Not blank: a decent number of bytes for a map.
  expect(png.length).toBeGreaterThan(50_000);
});

test('?embed=1 shows a minimal explorer for iframes', async ({ page }) => {
  await page.goto('/?embed=1#date=2020-11-25&sel=kalbajar');
  await waitForIdle(page);
  await expect(page.locator('.side')).toBeHidden();
  await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
  await expect(page.locator('.date-label')).toHaveText('25 November 2020');
  await expect(page.getByRole('link', { name: 'Open the full atlas' })).toBeVisible();
  await page.screenshot({ path: 'tests/screenshots/embed.png' });
});

test('swipe shows the earlier day left of the divider and the later day right of it', async ({ page }) => {
  await page.goto('/#date=2020-12-02&compare=2020-09-26');
  await waitForIdle(page);
  await openCompareTab(page);
  await page.getByRole('radio', { name: 'Swipe between the two days' }).check();
  await expect(page.locator('.swipe-label-a')).toHaveText('26 September 2020');
  await expect(page.locator('.swipe-label-b')).toHaveText('2 December 2020');
  const overlay = page.locator('.swipe-layer canvas');
  await expect(overlay).toHaveCount(1);
  // Agdam town area: Armenian-held on 26 Sep (left, overlay), Azerbaijani on 2 Dec (right, main map).
  const colourAt = (selector: string) => canvasColourAt(page, selector, [46.86, 40.06]);
  // The overlay map loads on its own; poll until it has drawn the zones.
  await expect.poll(() => colourAt('.swipe-layer canvas'), { timeout: 20_000 }).toBe('#f1a5ab');
  expect(await colourAt('#map > .maplibregl-canvas-container canvas')).toBe('#93aec7');
  await page.getByRole('slider', { name: 'Swipe position' }).fill('30');
  await expect(page.locator('.swipe-layer')).toHaveAttribute('style', /inset\(0px 70% 0px 0px\)|inset\(0 70% 0 0\)/);
  const mapBox = (await page.locator('#map').boundingBox())!;
  const divider = (await page.locator('.swipe-divider').boundingBox())!;
  expect(Math.abs(divider.x - (mapBox.x + mapBox.width * 0.3))).toBeLessThan(4);
  await page.screenshot({ path: 'tests/screenshots/desktop-swipe.png' });
  // The legend folds so it does not cover the earlier day; its switches act on both sides.
  await expect(page.locator('details.legend')).not.toHaveAttribute('open');
  await page.locator('details.legend summary').click();
  await page.getByRole('checkbox', { name: 'Control zones' }).uncheck();
  await expect.poll(() => colourAt('.swipe-layer canvas'), { timeout: 10_000 }).toBe(PALETTE.land);
  expect(await colourAt('#map > .maplibregl-canvas-container canvas')).toBe(PALETTE.land);
  // So does the names switch: the earlier day's labels are redrawn in Russian usage.
  // A short fingerprint of the overlay's pixels (a failure then prints two numbers, not two images).
  const overlayImage = () =>
    page.locator('.swipe-layer canvas').evaluate((c) => {
      const png = (c as HTMLCanvasElement).toDataURL();
      let h = 0;
      for (let i = 0; i < png.length; i++) h = (h * 31 + png.charCodeAt(i)) | 0;
      return h;
    });
  // Wait until the overlay has stopped changing (labels placed, fades over) before switching.
  let before = await overlayImage();
  await expect
    .poll(
      async () => {
        const now = await overlayImage();
        const stable = now === before;
        before = now;
        return stable;
      },
      { timeout: 10_000, intervals: [400] },
    )
    .toBe(true);
  await page.getByRole('combobox', { name: 'Names', exact: true }).selectOption('ru');
  await expect.poll(overlayImage, { timeout: 10_000 }).not.toBe(before);
  await page.getByRole('radio', { name: 'Colour by what changed' }).check();
  await expect(page.locator('.swipe-layer')).toHaveCount(0);
});
