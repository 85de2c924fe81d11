import { test, expect, type Page } from '@playwright/test';
import { countColours, pixelsAt, waitForIdle } from './helpers.ts';
import { PALETTE, PLACE_DOT_COLOURS, UNSURE_MARKS, HOLDER_COLOURS } from '../../src/map/palette.ts';

/** The colour of the 3×3 device pixels at the centre of a settlement dot (the dot is about 7 px across). */
async function dotColour(page: Page, lnglat: [number, number]): Promise<{ r: number; g: number; b: number }> {
  return page.evaluate((p) => {
    const map = (window as unknown as { __atlas: { map: { project(p: [number, number]): { x: number; y: number } } } }).__atlas.map;
    const canvas = document.querySelector('#map > .maplibregl-canvas-container canvas') as HTMLCanvasElement;
    const gl = canvas.getContext('webgl2')!;
    const ratio = canvas.width / canvas.clientWidth;
    const { x, y } = map.project(p);
    const px = Math.round(x * ratio);
    const py = Math.round(canvas.height - 1 - y * ratio);
    const buf = new Uint8Array(9 * 4);
    gl.readPixels(px - 1, py - 1, 3, 3, gl.RGBA, gl.UNSIGNED_BYTE, buf);
    const sum = [0, 0, 0];
    for (let i = 0; i < 9; i++) for (let c = 0; c < 3; c++) sum[c]! += buf[i * 4 + c]!;
    return { r: sum[0]! / 9, g: sum[1]! / 9, b: sum[2]! / 9 };
  }, lnglat);
}

const near = (c: { r: number; g: number; b: number }, hex: string, tol: number) => {
  const n = parseInt(hex.slice(1), 16);
  return Math.max(Math.abs(c.r - ((n >> 16) & 255)), Math.abs(c.g - ((n >> 8) & 255)), Math.abs(c.b - (n & 255))) <= tol;
};

const SHUSHA: [number, number] = [46.74989, 39.76006];
const STEPANAKERT: [number, number] = [46.7528, 39.8177];

test('a settlement held against its surroundings shows its own holder on its dot, day by day', async ({ page }) => {
  // 8 November 2020: Shusha/Shushi announced taken by Azerbaijan, while every cell around it was still held by the
  // Armenian side. The day before, its dot had the Armenian side's colour.
  await page.goto('/#date=2020-11-08&map=11/39.775/46.75');
  await waitForIdle(page);
  const shusha = await dotColour(page, SHUSHA);
  expect(near(shusha, PLACE_DOT_COLOURS.azerbaijani, 40), JSON.stringify(shusha)).toBe(true);
  expect(near(await dotColour(page, STEPANAKERT), PLACE_DOT_COLOURS.armenian, 40)).toBe(true);
  // Stepanakert's cell, between the two towns: the Armenian side's fill.
  const [between] = await pixelsAt(page, [[46.752, 39.8]]);
  expect(near(between!, HOLDER_COLOURS.armenian, 12), JSON.stringify(between)).toBe(true);
  await page.screenshot({ path: 'tests/screenshots/basemap-shusha-z11-2020-11-08.png' });

  await page.getByRole('slider', { name: 'Date' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.date-label')).toHaveText('7 November 2020');
  await waitForIdle(page);
  expect(near(await dotColour(page, SHUSHA), PLACE_DOT_COLOURS.armenian, 40)).toBe(true);
});

test('villages appear as the reader zooms in, towns before them', async ({ page }) => {
  // The kinds of place whose dots are drawn at a zoom, read from the map's rendered features.
  const kinds = async (zoom: number) => {
    await page.goto(`/#date=2020-11-10&map=${zoom}/39.75/46.75&layers=places`);
    await waitForIdle(page);
    return page.evaluate(() => {
      const map = (window as unknown as { __atlas: { map: { queryRenderedFeatures(o: object): { properties: { kind: string } }[] } } })
        .__atlas.map;
      return [...new Set(map.queryRenderedFeatures({ layers: ['place-dot'] }).map((f) => f.properties.kind))].sort();
    });
  };
  expect(await kinds(6.5)).toEqual(['city']);
  expect(await kinds(7.5)).toEqual(['city', 'town']);
  expect(await kinds(9.5)).toEqual(expect.arrayContaining(['city', 'town', 'village']));
});

test('rivers are drawn, and the attribution names every dataset on the map', async ({ page }) => {
  await page.goto('/#date=2020-11-10');
  await waitForIdle(page);
  const { river } = await countColours(page, { river: PALETTE.river }, 6);
  expect(river).toBeGreaterThan(300);
  const attribution = page.locator('.maplibregl-ctrl-attrib');
  for (const text of ['OpenStreetMap', 'ODbL', 'Natural Earth', 'ETOPO5', 'GeoNames', 'CC BY 4.0', 'Ceasefire Atlas'])
    await expect(attribution).toContainText(text);
});

test('the relief comes after the first coloured frame: shaded mountains, a clear plain', async ({ page }) => {
  // Every atlas layer off but the places, so the land itself shows.
  await page.goto('/#date=2020-11-10&layers=places&map=8/40.1/46.9');
  await waitForIdle(page);
  await expect
    .poll(() =>
      page.evaluate(() => !!(window as unknown as { __atlas: { map: { getLayer(id: string): unknown } } }).__atlas.map.getLayer('relief')),
    )
    .toBe(true);
  await waitForIdle(page);
  // The Kura–Aras plain east of Barda is flat: the relief is transparent there. The Murovdag ridge is shaded: darker
  // with the relief than with it hidden.
  const points: [number, number][] = [
    [47.5, 40.2],
    [46.05, 40.32],
  ];
  const [plain, ridge] = await pixelsAt(page, points, undefined, true);
  await page.evaluate(() =>
    (window as unknown as { __atlas: { map: { setLayoutProperty(l: string, p: string, v: string): void } } }).__atlas.map.setLayoutProperty(
      'relief',
      'visibility',
      'none',
    ),
  );
  await waitForIdle(page);
  const [plainBare, ridgeBare] = await pixelsAt(page, points, undefined, true);
  expect(plain).toEqual(plainBare);
  const sum = (c: { r: number; g: number; b: number }) => c.r + c.g + c.b;
  expect(sum(ridge!), `ridge ${JSON.stringify(ridge)} against ${JSON.stringify(ridgeBare)}`).toBeLessThan(sum(ridgeBare!) - 30);
});

test('cells whose state rests on an unconfirmed announcement are hatched until a confirmed row, and not before', async ({ page }) => {
  const unsure = { az: UNSURE_MARKS.azerbaijani.colour };
  const count = async (day: string) => {
    await page.goto(`/#date=${day}&layers=zones`);
    await waitForIdle(page);
    return (await countColours(page, unsure, 30)).az!;
  };
  // 9 November 2020: the villages announced taken in October (Jabrayil, Fuzuli, Zangilan) are hatched.
  const during = await count('2020-11-09');
  expect(during).toBeGreaterThan(500);
  // Before the war, and after the ceasefire confirmed the line (rows of 10 November and 1 December 2020): far fewer.
  expect(await count('2020-09-20')).toBeLessThan(during / 10);
  expect(await count('2021-06-01')).toBeLessThan(during / 10);
});

for (const size of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`${size.name}: a scale bar shows, uncovered, and Reset view brings back the whole region`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('/#date=2020-11-10');
    await waitForIdle(page);
    const home = new URL(page.url()).hash;
    const scale = page.locator('.maplibregl-ctrl-scale');
    await expect(scale).toBeVisible();
    await expect(scale).toHaveText(/^\d+\s(k?m)$/);
    // Nothing covers the scale bar: the element at its centre is the bar itself.
    const box = (await scale.boundingBox())!;
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.className ?? '',
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(hit).toContain('maplibregl-ctrl-scale');
    // Zoomed far into Jabrayil, then back.
    await page.evaluate(() => (location.hash = '#date=2020-11-10&map=11/39.4/47.03'));
    await waitForIdle(page);
    await page.getByRole('button', { name: 'Reset view: show the whole region' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(home);
  });
}

// What a reader sees zoomed in: zoom 7, 9 and 11 around Shusha, the corridor and Jabrayil (looked at by people).
for (const [name, lat, lon] of [
  ['shusha', 39.76, 46.75],
  ['corridor', 39.63, 46.55],
  ['jabrayil', 39.4, 47.03],
] as const) {
  test(`screenshots at zoom 7, 9 and 11 around ${name}`, async ({ page }) => {
    for (const zoom of [7, 9, 11]) {
      await page.goto(`/#date=2020-11-10&map=${zoom}/${lat}/${lon}`);
      await waitForIdle(page);
      await page.locator('.legend summary').click();
      await page.screenshot({ path: `tests/screenshots/basemap-${name}-z${zoom}.png` });
    }
  });
}

test('the popup of a disputed change says who announced it, on which day, and who denied it', async ({ page }) => {
  // Hadrut, 10 October 2020: announced taken by Azerbaijan on 9 October; the Nagorno-Karabakh president's spokesman and Armenia's defence ministry denied it.
  await page.goto('/#date=2020-10-10&map=11/39.5195/47.0325');
  await waitForIdle(page);
  await page.locator('.maplibregl-canvas').focus();
  await page.keyboard.press('Enter');
  const popup = page.locator('.maplibregl-popup');
  await expect(popup.locator('.popup-title')).toContainText('Hadrut');
  await expect(popup.locator('.popup-claim')).toHaveText(
    'Announced by the Azerbaijani authorities; denied by the Armenian authorities and the de facto Nagorno-Karabakh authorities.',
  );
  await expect(popup.locator('.popup-confidence')).toContainText('denied by the other');
});
