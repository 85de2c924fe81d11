import { test, expect } from '@playwright/test';
import { watchPage, waitForIdle, countColours } from './helpers.ts';
import { PALETTE } from '../../src/map/palette.ts';

test('the map loads offline and draws the region', async ({ page, baseURL }) => {
  const watch = watchPage(page, new URL(baseURL!).origin);
  await page.goto('/');
  await waitForIdle(page);
  await page.screenshot({ path: 'tests/screenshots/desktop-start.png' });

  const counts = await countColours(page, { land: PALETTE.land, border: PALETTE.border, water: PALETTE.background }, 6);
  const total = await page.evaluate(() => {
    const c = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
    return c.width * c.height;
  });
  // Land covers most of the view; a border and some background show too.
  expect(counts.land! / total).toBeGreaterThan(0.2);
  expect(counts.border).toBeGreaterThan(200);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
  expect(watch.errors).toEqual([]);
  expect(watch.foreign).toEqual([]);
});
