/**
 * Works offline after the first visit (#19): the service worker saves the build once the map is drawn; with the
 * network cut, a reload is served from that copy, draws the map and says it is the saved copy.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { waitForIdle, countColours } from './helpers.ts';
import { HOLDER_COLOURS } from '../../src/map/palette.ts';

test.use({ serviceWorkers: 'allow' });

const { version } = JSON.parse(readFileSync('geo/derived/version.json', 'utf8')) as { version: string };

test('after one visit the atlas opens and draws its map with the network cut, and says it is the saved copy', async ({ page, context }) => {
  await page.goto('/#date=2020-11-10');
  await waitForIdle(page);
  // The worker has installed (every file of the build in its cache) and controls the page.
  const saved = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const worker = reg.active!;
    if (worker.state !== 'activated')
      await new Promise<void>((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('ceasefire-atlas-'))!);
    return { active: reg.active?.state, files: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
  expect(saved.active).toBe('activated');
  expect(saved.files).toContain('/');
  expect(saved.files.some((f) => /^\/assets\/index-.*\.js$/.test(f))).toBe(true);
  expect(saved.files.some((f) => /^\/assets\/atlas-.*\.topojson$/.test(f))).toBe(true);
  await expect(page.locator('.notice-info')).toHaveCount(0);

  await context.setOffline(true);
  const reload = await page.reload();
  expect(reload?.fromServiceWorker()).toBe(true);
  await waitForIdle(page);
  await expect(page.locator('.notice-info')).toContainText('You are offline: the atlas is working from the copy saved on this device.');
  await expect(page.locator('.notice-info')).toContainText(`data version ${version}`);
  await expect(page.locator('.notice-error')).toHaveCount(0);
  // MapLibre's worker loaded the basemap, the lines and the places from the saved copy too.
  const loaded = await page.evaluate(() => {
    const map = (window as unknown as { __atlas: { map: { isSourceLoaded(id: string): boolean; getSource(id: string): unknown } } }).__atlas
      .map;
    return ['basemap', 'zones', 'lines', 'places'].map((id) => !!map.getSource(id) && map.isSourceLoaded(id));
  });
  expect(loaded).toEqual([true, true, true, true]);
  // The map is drawn: both sides' colours cover thousands of pixels of the canvas.
  await expect(page.locator('.date-label')).toHaveText('10 November 2020');
  const counts = await countColours(page, { armenian: HOLDER_COLOURS.armenian, azerbaijani: HOLDER_COLOURS.azerbaijani });
  expect(counts.armenian).toBeGreaterThan(5000);
  expect(counts.azerbaijani).toBeGreaterThan(5000);
  await page.screenshot({ path: 'tests/screenshots/offline.png' });

  // Back online, the notice goes.
  await context.setOffline(false);
  await expect(page.locator('.notice-info')).toHaveCount(0);
});
