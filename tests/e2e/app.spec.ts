import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { watchPage, waitForIdle, countColours, pixelsAt, cellsIn, interiorPoints } from './helpers.ts';
import { PALETTE, HOLDER_COLOURS } from '../../src/map/palette.ts';

const zones = JSON.parse(readFileSync('geo/zones.geojson', 'utf8')) as FeatureCollection;
// Cells sampled by the date test: the Agdam district west of the 1994 line (handed over on 20 November 2020) and the
// former NKAO held by the Nagorno-Karabakh side after the ceasefire (unchanged that week).
const AGDAM_WEST = cellsIn(zones, 'agdam', 'agdam-west-of-1994');
const NKAO_HELD = cellsIn(zones, 'nkao', 'nkao-after-ceasefire-2020');

function near(hex: string, c: { r: number; g: number; b: number }, tol = 10): boolean {
  const n = parseInt(hex.slice(1), 16);
  return Math.abs(((n >> 16) & 255) - c.r) <= tol && Math.abs(((n >> 8) & 255) - c.g) <= tol && Math.abs((n & 255) - c.b) <= tol;
}

/** Share of sampled interior pixels of a zone drawn in each holder colour (one canvas read). */
async function holderShares(page: Page, ids: string[]): Promise<Record<string, number>> {
  const pixels = await pixelsAt(page, interiorPoints(zones, ids));
  const counts: Record<string, number> = { armenian: 0, azerbaijani: 0, peacekeepers: 0 };
  for (const c of pixels) for (const [holder, hex] of Object.entries(HOLDER_COLOURS)) if (near(hex, c)) counts[holder]!++;
  return Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v / Math.max(pixels.length, 1)]));
}

async function pressKey(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

test('the map loads offline and draws the region', async ({ page, baseURL }) => {
  const watch = watchPage(page, new URL(baseURL!).origin);
  await page.goto('/');
  await waitForIdle(page);
  await page.screenshot({ path: 'tests/screenshots/desktop-start.png' });

  const counts = await countColours(
    page,
    { land: PALETTE.land, border: PALETTE.border, armenian: HOLDER_COLOURS.armenian, azerbaijani: HOLDER_COLOURS.azerbaijani },
    6,
  );
  const total = await page.evaluate(() => {
    const c = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
    return c.width * c.height;
  });
  expect(counts.land! / total).toBeGreaterThan(0.15);
  expect(counts.border).toBeGreaterThan(200);
  expect(counts.armenian! / total).toBeGreaterThan(0.05);
  expect(counts.azerbaijani! / total).toBeGreaterThan(0.05);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('OpenStreetMap');
  expect(watch.errors).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('moving the date from 19 to 21 November 2020 recolours Agdam district but not Stepanakert', async ({ page }) => {
  await page.goto('/');
  await waitForIdle(page);
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  await pressKey(page, 'ArrowRight', 9);
  await expect(page.locator('.date-label')).toHaveText('19 November 2020');
  await waitForIdle(page);
  const agdam19 = await holderShares(page, AGDAM_WEST);
  const core19 = await holderShares(page, NKAO_HELD);

  await pressKey(page, 'ArrowRight', 2);
  await expect(page.locator('.date-label')).toHaveText('21 November 2020');
  await waitForIdle(page);
  const agdam21 = await holderShares(page, AGDAM_WEST);
  const core21 = await holderShares(page, NKAO_HELD);
  await page.screenshot({ path: 'tests/screenshots/desktop-2020-11-21.png' });

  expect(agdam19.armenian).toBeGreaterThan(0.6);
  expect(agdam21.azerbaijani).toBeGreaterThan(0.6);
  expect(core19.armenian).toBeGreaterThan(0.6);
  expect(core21.armenian).toBeGreaterThan(0.6);
});
