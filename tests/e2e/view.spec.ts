/**
 * One way through the app (issue #16): the whole view in the URL and back, compare that explains itself, swipe with
 * the earlier day on the left whichever day is on the slider, a first view that no control covers, and a teardown
 * that leaves nothing behind.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Position } from 'geojson';
import { waitForIdle, colourAt as canvasColourAt } from './helpers.ts';
import { HOLDER_COLOURS, TRANSITION_COLOURS } from '../../src/map/palette.ts';

const DATA_VERSION = (JSON.parse(readFileSync('geo/derived/version.json', 'utf8')) as { version: string }).version;

const boundaries = JSON.parse(readFileSync('geo/boundaries.geojson', 'utf8')) as FeatureCollection;
const dateLabel = (page: Page) => page.locator('.date-label');
const hash = (page: Page) => page.evaluate(() => location.hash);

test('a link that compares opens the Compare panel, and the legend explains the transition colours only while comparing', async ({
  page,
}) => {
  await page.goto('/#date=2020-12-02&compare=2020-09-26');
  await waitForIdle(page);
  await expect(page.getByRole('tab', { name: 'Compare & area' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('table.transitions')).toBeVisible();
  const legend = page.locator('details.legend');
  await expect(legend.locator('.legend-changes')).toBeVisible();
  await expect(legend.locator('.legend-changes')).toContainText('What changed hands from 26 September 2020 to 2 December 2020');
  await expect(legend.locator('.legend-changes')).toContainText('Armenian side → Azerbaijan');
  await expect(legend.locator('.legend-holders')).toBeHidden();
  // The swatch shown for Armenian side → Azerbaijan is the colour the map uses for it.
  const swatch = legend.locator('.legend-changes li', { hasText: 'Armenian side → Azerbaijan' }).locator('.swatch');
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  await expect(swatch).toHaveCSS('background-color', rgb(TRANSITION_COLOURS['armenian>azerbaijani']!));
  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await expect(legend.locator('.legend-changes')).toBeHidden();
  await expect(legend.locator('.legend-holders')).toBeVisible();
  await expect(legend.locator('.legend-holders .swatch').first()).toHaveCSS('background-color', rgb(HOLDER_COLOURS.armenian));
  expect(await hash(page)).not.toContain('compare=');
});

test('swipe shows the earlier day on the left also when the compare day is the later one', async ({ page }) => {
  // The slider on 26 Sep 2020, compared with 2 Dec 2020: the later day is the one the second map draws.
  await page.goto('/#date=2020-09-26&compare=2020-12-02&view=swipe');
  await waitForIdle(page);
  await expect(page.getByRole('radio', { name: 'Swipe between the two days' })).toBeChecked();
  await expect(page.locator('.swipe-label-a')).toHaveText('26 September 2020');
  await expect(page.locator('.swipe-label-b')).toHaveText('2 December 2020');
  // Agdam town area (Armenian-held on 26 Sep, Azerbaijani on 2 Dec), put left then right of the divider.
  const colourAt = (selector: string) => canvasColourAt(page, selector, [46.86, 40.06]);
  const agdamX = await page.evaluate(
    () => (window as unknown as { __atlas: { map: { project(p: number[]): { x: number } } } }).__atlas.map.project([46.86, 40.06]).x,
  );
  const width = (await page.locator('#map').boundingBox())!.width;
  const slider = page.getByRole('slider', { name: 'Swipe position' });
  // Divider right of Agdam: Agdam is on the left, where the earlier day (26 Sep, the main map) shows through.
  await slider.fill(String(Math.min(100, Math.ceil(((agdamX + 40) / width) * 100))));
  await expect(page.locator('.swipe-layer')).toHaveAttribute('style', /inset\(0px 0px 0px \d+%\)|inset\(0 0 0 \d+%\)/);
  expect(await colourAt('#map > .maplibregl-canvas-container canvas')).toBe(HOLDER_COLOURS.armenian);
  // The right-hand side is the later day, drawn by the second map.
  await expect.poll(() => colourAt('.swipe-layer canvas'), { timeout: 20_000 }).toBe(HOLDER_COLOURS.azerbaijani);
  const clip = await page.locator('.swipe-layer').evaluate((e) => (e as HTMLElement).style.clipPath);
  const left = Number(/inset\(0(?:px)? 0(?:px)? 0(?:px)? (\d+)%\)/.exec(clip)![1]);
  expect((left / 100) * width).toBeGreaterThan(agdamX);
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`at ${size.width}×${size.height} the home view shows all eight units, under no control`, async ({ browser }) => {
    const page = await browser.newPage({ viewport: size });
    await page.goto('/');
    await waitForIdle(page);
    const rings = boundaries.features.flatMap((f) =>
      f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates[0]!]
        : f.geometry.type === 'MultiPolygon'
          ? f.geometry.coordinates.map((p) => p[0]!)
          : [],
    );
    const verdict = await page.evaluate((rings: Position[][]) => {
      const m = (window as unknown as { __atlas: { map: { project(p: Position): { x: number; y: number } } } }).__atlas.map;
      const box = document.querySelector('#map')!.getBoundingClientRect();
      const controls = [...document.querySelectorAll('#map .maplibregl-ctrl')]
        .map((e) => ({ name: e.className, r: e.getBoundingClientRect() }))
        .filter((c) => c.r.width > 0 && c.r.height > 0);
      const problems: string[] = [];
      let n = 0;
      for (const ring of rings)
        for (const p of ring) {
          n++;
          const { x, y } = m.project(p);
          const px = box.left + x;
          const py = box.top + y;
          if (x < 0 || y < 0 || x > box.width || y > box.height) problems.push(`${p.join(',')} is off the map`);
          for (const c of controls)
            if (px >= c.r.left && px <= c.r.right && py >= c.r.top && py <= c.r.bottom) problems.push(`${p.join(',')} is under ${c.name}`);
        }
      return { n, controls: controls.length, problems: [...new Set(problems)].slice(0, 10) };
    }, rings);
    expect(verdict.n).toBeGreaterThan(1000);
    expect(verdict.controls).toBeGreaterThanOrEqual(3);
    expect(verdict.problems).toEqual([]);
    await page.screenshot({ path: `tests/screenshots/home-${size.width}x${size.height}.png` });
    await page.close();
  });
}

test('a hash edited by hand sets every key: what it leaves out goes back to its default, and the URL says so', async ({ page }) => {
  await page.goto('/#date=2020-11-20&layers=zones&names=az');
  await waitForIdle(page);
  await expect(dateLabel(page)).toHaveText('20 November 2020');
  await page.evaluate(() => (location.hash = '#map=8/40/46.7'));
  await expect(dateLabel(page)).toHaveText('10 November 2020');
  await expect(page.getByLabel('Names', { exact: true })).toHaveValue('en');
  await expect(page.getByRole('checkbox', { name: 'Places' })).toBeChecked();
  await expect.poll(() => hash(page)).toBe(`#date=2020-11-10&map=8/40/46.7&v=${DATA_VERSION}`);
});

test('a clamped day is written back into the URL, on load and after a hash edit', async ({ page }) => {
  const shown = () =>
    page.evaluate(() => (window as unknown as { __atlas: { store: { state: { day: string } } } }).__atlas.store.state.day);
  await page.goto('/#date=9999-12-31&names=en');
  await waitForIdle(page);
  const last = await shown();
  expect(last).not.toBe('9999-12-31');
  expect(await hash(page)).toMatch(new RegExp(`^#date=${last}&map=`));
  await expect(page.locator('.notice-warning')).toContainText('outside the timeline');
  await page.evaluate(() => (location.hash = '#date=1900-01-01&names=ru'));
  await expect(dateLabel(page)).toHaveText('20 February 1988');
  await expect.poll(() => hash(page)).toMatch(new RegExp(`^#date=1988-02-20&map=[\\d./]+&names=ru&v=${DATA_VERSION}$`));
});

test('period, panel and compare view are in the link; Back restores each of them', async ({ page }) => {
  await page.goto('/#date=2020-11-10');
  await waitForIdle(page);
  await page.getByLabel('Period').selectOption('war-2020');
  await expect.poll(() => hash(page)).toContain('period=war-2020');
  await page.getByRole('tab', { name: 'Statement of 10 Nov 2020' }).click();
  await expect.poll(() => hash(page)).toContain('panel=clauses');
  await page.getByRole('tab', { name: 'Compare & area' }).click();
  await page.getByLabel('Compare with', { exact: true }).fill('2020-09-26');
  await expect.poll(() => hash(page)).toContain('compare=2020-09-26');
  await page.getByRole('radio', { name: 'Swipe between the two days' }).check();
  await expect.poll(() => hash(page)).toContain('view=swipe');
  await expect(page.locator('.swipe-layer')).toHaveCount(1);
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Colour by what changed' })).toBeChecked();
  await expect(page.locator('.swipe-layer')).toHaveCount(0);
  await page.goBack();
  await expect(page.getByLabel('Compare with', { exact: true })).toHaveValue('');
  await page.goBack();
  await expect(page.getByLabel('Period')).toHaveValue('all');
  // A fresh page from the link opens the same panel and period.
  await page.goto('/#date=2020-10-20&period=war-2020&panel=clauses');
  await waitForIdle(page);
  await expect(page.getByRole('tab', { name: 'Statement of 10 Nov 2020' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Period')).toHaveValue('war-2020');
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('min', String(Date.UTC(2020, 8, 20) / 864e5));
});

test('the panels are tabs: one Tab stop, arrow keys move between them and open them', async ({ page }) => {
  await page.goto('/');
  await waitForIdle(page);
  const events = page.getByRole('tab', { name: 'Events' });
  await events.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Statement of 10 Nov 2020' })).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'Statement of 10 Nov 2020' })).toBeVisible();
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Table' })).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'Table' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(events).toBeFocused();
  await expect(page.locator('[role=tab][tabindex="0"]')).toHaveCount(1);
});

test('destroy() takes down every view, listener and the map', async ({ page }) => {
  await page.goto('/#date=2020-11-20&compare=2020-09-26&view=swipe');
  await waitForIdle(page);
  const left = await page.evaluate(() => {
    const app = (
      window as unknown as {
        __atlas: { destroy(): void; store: { listenerCount: number; set(p: object, r: string): void } };
      }
    ).__atlas;
    app.destroy();
    const before = location.hash;
    history.pushState(null, '', '#date=2021-01-01');
    dispatchEvent(new PopStateEvent('popstate'));
    return {
      listeners: app.store.listenerCount,
      maps: document.querySelectorAll('.maplibregl-map').length,
      legend: document.querySelectorAll('.legend-ctrl').length,
      slider: document.querySelectorAll('#date-input').length,
      tabs: document.querySelectorAll('[role=tab]').length,
      swipe: document.querySelectorAll('.swipe-layer, .swipe-range').length,
      rewritten: location.hash !== '#date=2021-01-01',
      before,
    };
  });
  expect(left).toMatchObject({ listeners: 0, maps: 0, legend: 0, slider: 0, tabs: 0, swipe: 0, rewritten: false });
});

test('layers switched off in the link stay off once the lines, places and outlines arrive after the first coloured frame', async ({
  page,
}) => {
  await page.goto('/#date=2020-11-10&map=9/39.8/46.75&layers=zones');
  await waitForIdle(page);
  const drawn = (ids: string[]) =>
    page.evaluate(
      (layers) =>
        (
          window as unknown as { __atlas: { map: { queryRenderedFeatures(o: { layers: string[] }): unknown[] } } }
        ).__atlas.map.queryRenderedFeatures({
          layers,
        }).length,
      ids,
    );
  const late = ['place-dot', 'place-label', 'line-2020', 'district-outline'];
  expect(await drawn(late)).toBe(0);
  // The cells' patterns (a late layer too) belong to the control zones, which are on.
  expect(await drawn(['zone-mark-armenian'])).toBeGreaterThan(0);
  await page.getByRole('checkbox', { name: 'Places' }).check();
  await waitForIdle(page);
  expect(await drawn(['place-dot'])).toBeGreaterThan(0);
});
