import { test, expect, type Page } from '@playwright/test';
import { waitForIdle } from './helpers.ts';

async function open(page: Page): Promise<void> {
  await page.goto('/');
  await waitForIdle(page);
}

const dateLabel = (page: Page) => page.locator('.date-label');

test("next and previous event land on the events' dates", async ({ page }) => {
  await open(page);
  await expect(dateLabel(page)).toHaveText('10 November 2020');
  const next = page.getByRole('button', { name: 'Next event' });
  const prev = page.getByRole('button', { name: 'Previous event' });
  await next.click();
  await expect(dateLabel(page)).toHaveText('16 November 2020'); // foreign minister resigns
  await next.click();
  await expect(dateLabel(page)).toHaveText('18 November 2020'); // 15-point roadmap
  await next.click();
  await expect(dateLabel(page)).toHaveText('20 November 2020'); // Agdam handover
  // Once the date rests, one sentence: the day and every event crossed since the last announcement.
  await expect(page.locator('#announcer')).toHaveText(
    "20 November 2020. Armenia's foreign minister resigns; Pashinyan's 15-point roadmap; Agdam district handed over, point 2.",
  );
  await prev.click();
  await prev.click();
  await prev.click();
  await expect(dateLabel(page)).toHaveText('10 November 2020');
  await expect(page.locator('.event.current .event-title')).toHaveText('Lachin/Berdzor corridor placed under Russian peacekeepers');
});

test('play advances through the events and pause stops it', async ({ page }) => {
  await open(page);
  // Play's timer runs on a fake clock, so "nothing happens after Pause" is checked without sleeping.
  await page.clock.install();
  await page.getByRole('button', { name: 'Play' }).click();
  await page.clock.runFor(1300);
  await expect(dateLabel(page)).toHaveText('16 November 2020');
  await page.clock.runFor(1200);
  await expect(dateLabel(page)).toHaveText('18 November 2020');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  await page.clock.runFor(10_000);
  await expect(dateLabel(page)).toHaveText('18 November 2020');
});

test("the clause panel shows Kalbajar's postponed deadline and highlights its zones", async ({ page }) => {
  await open(page);
  await page.getByRole('tab', { name: 'Statement of 10 Nov 2020' }).click();
  await page.getByRole('button', { name: /^Point 6:/ }).click();
  const body = page.locator('.clause.selected');
  await expect(body).toContainText('Hand over Kalbajar/Karvachar district.');
  await expect(body.locator('tr', { hasText: 'Kalbajar' }).locator('.deadline')).toHaveText(
    'due 15 November 2020 → 25 November 2020 (10 days later)',
  );
  await expect(body.locator('tr', { hasText: 'Lachin/Berdzor district' }).first().locator('.deadline')).toHaveText(
    'due 1 December 2020 → 1 December 2020 (on time)',
  );
  await page.getByRole('button', { name: /^Point 2:/ }).click();
  await expect(page.locator('.clause.selected')).toContainText('due 20 November 2020 → 20 November 2020 (on time)');
});

test('clicking an event sets the date and frames its zones', async ({ page }) => {
  await open(page);
  const before = await page.evaluate(() => (window as unknown as { __atlas: { map: { getZoom(): number } } }).__atlas.map.getZoom());
  await page.getByRole('button', { name: /25 November 2020.*Kalbajar/ }).click();
  await expect(dateLabel(page)).toHaveText('25 November 2020');
  await page.waitForFunction((z) => {
    const m = (window as unknown as { __atlas: { map: { getZoom(): number; isMoving(): boolean } } }).__atlas.map;
    return !m.isMoving() && Math.abs(m.getZoom() - z) > 0.1;
  }, before);
  const center = await page.evaluate(() =>
    (window as unknown as { __atlas: { map: { getCenter(): { lng: number; lat: number } } } }).__atlas.map.getCenter(),
  );
  // Kalbajar district lies around 45.7–46.5°E, 39.8–40.4°N.
  expect(center.lng).toBeGreaterThan(45.7);
  expect(center.lng).toBeLessThan(46.5);
  expect(center.lat).toBeGreaterThan(39.8);
  expect(center.lat).toBeLessThan(40.4);
});

test('a popup on Lachin town in 2021 says peacekeepers and point 6', async ({ page }) => {
  await open(page);
  await page.getByRole('slider', { name: 'Date' }).focus();
  for (let i = 0; i < 7; i++) await page.keyboard.press('PageUp');
  await expect(dateLabel(page)).toHaveText('10 June 2021');
  await waitForIdle(page);
  const pt = await page.evaluate(() =>
    (window as unknown as { __atlas: { map: { project(p: number[]): { x: number; y: number } } } }).__atlas.map.project([46.5469, 39.6408]),
  );
  const box = (await page.locator('#map').boundingBox())!;
  // A little south of the town dot so the label does not take the click.
  await page.mouse.click(box.x + pt.x, box.y + pt.y + 8);
  const popup = page.locator('.maplibregl-popup');
  await expect(popup).toContainText('Russian peacekeepers');
  await expect(popup).toContainText('point 6');
  await expect(popup).toContainText('Lachin');
  await expect(popup.locator('a').first()).toHaveAttribute('href', /^https?:\/\//);
  await page.screenshot({ path: 'tests/screenshots/desktop-popup-lachin-2021.png' });
});

test('Escape closes an open popup and leaves the focus on the map', async ({ page }) => {
  await open(page);
  const pt = await page.evaluate(() =>
    (window as unknown as { __atlas: { map: { project(p: number[]): { x: number; y: number } } } }).__atlas.map.project([46.7528, 39.809]),
  );
  const box = (await page.locator('#map').boundingBox())!;
  await page.mouse.click(box.x + pt.x, box.y + pt.y);
  const popup = page.locator('.maplibregl-popup');
  await expect(popup.locator('.popup-zone')).toContainText('Stepanakert / Khankendi');
  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);
  await expect(page.locator('.maplibregl-canvas')).toBeFocused();
});

test('clicking one place and then another shows the second place in the popup', async ({ page }) => {
  await open(page);
  const clickAt = async (lon: number, lat: number) => {
    const pt = await page.evaluate(
      ([x, y]) =>
        (window as unknown as { __atlas: { map: { project(p: number[]): { x: number; y: number } } } }).__atlas.map.project([x!, y!]),
      [lon, lat],
    );
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.click(box.x + pt.x, box.y + pt.y);
  };
  const popup = page.locator('.maplibregl-popup');
  await clickAt(46.7528, 39.809); // in Stepanakert's cell, 1 km south of the town, off its label
  await expect(popup.locator('.popup-zone')).toContainText('Stepanakert / Khankendi');
  // The popup opens below Stepanakert: click north of it, in Martakert's cell (Azerbaijani-held 1992–93).
  await clickAt(46.84, 40.19);
  await expect(popup).toHaveCount(1);
  await expect(popup.locator('.popup-zone')).toContainText('Martakert / Aghdara');
  await popup.getByText('History of this cell').click();
  await expect(popup.locator('.popup-history li')).toHaveText([
    /^20 February 1988: Azerbaijan/,
    /^2 September 1991: Nagorno-Karabakh authorities/,
    /^4 July 1992: Azerbaijan — en\.wikipedia\.org$/,
    /^27 June 1993: Nagorno-Karabakh authorities .* — apnews\.com$/,
    /^20 September 2023: Azerbaijan/,
  ]);
});

test('the names switch changes the names a reader sees in popups', async ({ page }) => {
  await open(page);
  const clickAgdam = async () => {
    const pt = await page.evaluate(() =>
      (window as unknown as { __atlas: { map: { project(p: number[]): { x: number; y: number } } } }).__atlas.map.project([46.86, 40.06]),
    );
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.click(box.x + pt.x, box.y + pt.y);
  };
  await clickAgdam();
  await expect(page.locator('.maplibregl-popup .popup-district')).toHaveText(' — Agdam district');
  await page.getByLabel('Names', { exact: true }).selectOption('az');
  await expect(page.locator('.maplibregl-popup .popup-district')).toHaveText(' — Ağdam rayonu');
  await page.getByLabel('Names', { exact: true }).selectOption('hy');
  await expect(page.locator('.maplibregl-popup .popup-district')).toHaveText(' — Akna (Agdam) district');
  await page.getByLabel('Names', { exact: true }).selectOption('ru');
  await expect(page.locator('.maplibregl-popup .popup-district')).toHaveText(' — Агдамский район');
  await expect(page).toHaveURL(/names=ru/);
  await waitForIdle(page);
  await page.screenshot({ path: 'tests/screenshots/desktop-names-ru.png' });
});

test('a period focus narrows the slider to the handovers', async ({ page }) => {
  await open(page);
  await page.getByLabel('Period').selectOption('handovers');
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(dateLabel(page)).toHaveText('20 December 2020');
  await page.keyboard.press('Home');
  await expect(dateLabel(page)).toHaveText('5 November 2020');
});

test.describe('phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
  test('the slider and the panels stay reachable on a 375×667 screen', async ({ page }) => {
    await open(page);
    const slider = page.getByRole('slider', { name: 'Date' });
    await expect(slider).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Next event' })).toBeInViewport();
    await expect(page.getByRole('tab', { name: 'Events' })).toBeInViewport();
    const mapBox = (await page.locator('#map').boundingBox())!;
    expect(mapBox.height).toBeGreaterThan(380);
    await expect(page.locator('.events-panel')).toBeHidden();
    await page.screenshot({ path: 'tests/screenshots/phone-start.png' });
    await page.getByRole('tab', { name: 'Statement of 10 Nov 2020' }).tap();
    await expect(page.getByRole('button', { name: /^Point 6:/ })).toBeVisible();
    await page.getByRole('button', { name: /^Point 6:/ }).tap();
    await expect(page.locator('.clause.selected')).toContainText('due 15 November 2020');
    await page.screenshot({ path: 'tests/screenshots/phone-clauses.png' });
  });
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
  { width: 360, height: 640 },
]) {
  test(`at ${viewport.width}×${viewport.height} the map keeps the size of its first frame when the panels fill in`, async ({ page }) => {
    await page.setViewportSize(viewport);
    // Record the size of every frame MapLibre starts (it clears the colour buffer once per frame).
    await page.addInitScript(() => {
      const sizes: string[] = [];
      (window as unknown as { __frameSizes: string[] }).__frameSizes = sizes;
      const proto = WebGL2RenderingContext.prototype;
      const clear = proto.clear;
      proto.clear = function (mask: number) {
        if (mask & this.COLOR_BUFFER_BIT) sizes.push(`${this.drawingBufferWidth}x${this.drawingBufferHeight}`);
        return clear.call(this, mask);
      };
    });
    await open(page);
    // The header's width depends on the web font; a resize after it loads would count too.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await waitForIdle(page);
    const sizes = await page.evaluate(() => (window as unknown as { __frameSizes: string[] }).__frameSizes);
    expect(sizes.length).toBeGreaterThan(1);
    expect(new Set(sizes), `frame sizes: ${sizes.join(', ')}`).toEqual(new Set([sizes.at(-1)]));
  });
}

test('the first Tab stop skips to the date slider without touching the link', async ({ page }) => {
  await page.goto('/#date=2020-11-20');
  await waitForIdle(page);
  const before = page.url();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the date slider' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('slider', { name: 'Date' })).toBeFocused();
  expect(page.url()).toBe(before);
  await expect(page.locator('.notice')).toHaveCount(0);
});

test("the events list shows the day's event: on load, and after a jump to another year", async ({ page }) => {
  const inSight = () =>
    page.evaluate(() => {
      const li = document.querySelector('.event.current')!;
      let box = li.parentElement!;
      while (box.scrollHeight <= box.clientHeight) box = box.parentElement!;
      const t = li.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      return { inside: t.top >= b.top - 1 && t.bottom <= b.bottom + 1, scrolled: box.scrollTop > 0 };
    });
  await page.goto('/#date=2023-09-28');
  await waitForIdle(page);
  await expect(page.locator('.event.current')).toHaveCount(1);
  // Late in the list: shown only because the list was scrolled to it.
  expect(await inSight()).toEqual({ inside: true, scrolled: true });
  await page.getByRole('button', { name: 'Previous event' }).click();
  expect((await inSight()).inside).toBe(true);
  await page.evaluate(() => (window.location.hash = '#date=1994-05-12'));
  await expect(dateLabel(page)).toHaveText('12 May 1994');
  expect((await inSight()).inside).toBe(true);
});
