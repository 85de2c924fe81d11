/**
 * The time-lapse film (issue: film export): recorded through the dialog, downloaded, read back as WebM in node (our
 * own EBML reader) and decoded in the page (WebCodecs) to check its frames, its clock and what they show; Cancel
 * saves nothing and brings the day back; bad input is named; a browser that cannot record is told so.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { hideRelief, interiorPoints, waitForIdle } from './helpers.ts';
import { readWebm } from './ebml.ts';
import { HOLDER_COLOURS, PALETTE } from '../../src/map/palette.ts';
import { Atlas, type AtlasData } from '../../src/model/atlas.ts';

const read = (f: string) => JSON.parse(readFileSync(`geo/${f}`, 'utf8'));
const zones = read('zones.geojson') as FeatureCollection;
const atlas = new Atlas(
  { zones, boundaries: read('boundaries.geojson'), lines: read('lines.geojson'), events: read('events.json') } as AtlasData,
  '2026-11-28',
);
/** The cells held by `from` at the end of day `a` and by `to` at the end of day `b`. */
const changed = (a: string, b: string, from: string, to: string) =>
  zones.features
    .map((f) => f.properties!.id as string)
    .filter((id) => atlas.timeline.periodOf(id, a)?.holder === from && atlas.timeline.periodOf(id, b)?.holder === to);

/** Shusha/Shushi, Hadrut, Jabrayil, Fuzuli, Zangilan, Qubadli…: Armenian-held on 27 Sep 2020, Azerbaijani on 10 Nov. */
const TAKEN = changed('2020-09-27', '2020-11-10', 'armenian', 'azerbaijani');
/** The Lachin corridor: Armenian-held on 9 Nov 2020, under the peacekeepers from 10 Nov, the film's last day. */
const CORRIDOR = changed('2020-11-09', '2020-11-10', 'armenian', 'peacekeepers');
/** A view of the south and the corridor, with the 2020 war's changes and the corridor well inside it. */
const VIEW = 'map=8.6/39.5/46.75';
const FILM = { from: '2020-09-27', to: '2020-11-10', days: 45, pace: 9 };

async function openDialog(page: Page) {
  await page.getByRole('tab', { name: 'Compare & area' }).click();
  await page.getByRole('button', { name: 'Record a time-lapse…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a time-lapse' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Film pixels (device px of the map, the map being drawn at the film's top at scale 1) of points on the map. */
async function filmPoints(page: Page, lnglats: [number, number][]): Promise<[number, number][]> {
  return page.evaluate((pts) => {
    const map = (window as unknown as { __atlas: { map: { project(p: [number, number]): { x: number; y: number } } } }).__atlas.map;
    const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
    const ratio = canvas.width / canvas.clientWidth;
    return pts
      .map((p) => map.project(p))
      .map((q) => [Math.round(q.x * ratio), Math.round(q.y * ratio)] as [number, number])
      .filter(([x, y]) => x >= 4 && y >= 4 && x < canvas.width - 4 && y < canvas.height - 4);
  }, lnglats);
}

const HOLDERS = { ...HOLDER_COLOURS, land: PALETTE.land } as Record<string, string>;

/** Which holder's fill (or the bare land) is nearest each colour: VP9 is lossy, so no colour is exact. */
function nearest(rgb: number[]): string {
  let best = '';
  let d = Infinity;
  for (const [name, hex] of Object.entries(HOLDERS)) {
    const n = parseInt(hex.slice(1), 16);
    const e = (rgb[0]! - ((n >> 16) & 255)) ** 2 + (rgb[1]! - ((n >> 8) & 255)) ** 2 + (rgb[2]! - (n & 255)) ** 2;
    if (e < d) [best, d] = [name, e];
  }
  return best;
}

/** The share of points whose colour (the mean of the 7×7 px around each, so hatching blends into its fill) is `holder`'s. */
const share = (means: number[][], holder: string) => means.filter((m) => nearest(m) === holder).length / means.length;

test('a 45-day time-lapse at 9 days a second is a 5-second WebM whose first and last frames show the war and the ceasefire', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const started = Date.now();
  await page.goto(`/#date=2020-12-01&${VIEW}`);
  await waitForIdle(page);
  // The relief shades the fills; without it the fills are the palette's own colours.
  await hideRelief(page);
  const taken = await filmPoints(page, interiorPoints(zones, TAKEN, 1.5));
  const corridor = await filmPoints(page, interiorPoints(zones, CORRIDOR, 0.7));
  expect(taken.length).toBeGreaterThan(50);
  expect(corridor.length).toBeGreaterThan(10);
  const map = await page.evaluate(() => {
    const c = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
    return { w: c.width, h: c.height };
  });

  const dialog = await openDialog(page);
  await dialog.getByLabel('From', { exact: true }).fill(FILM.from);
  await dialog.getByLabel('To', { exact: true }).fill(FILM.to);
  await dialog.getByLabel('Pace').selectOption(String(FILM.pace));
  await expect(dialog.locator('.film-summary')).toHaveText('45 days: a 5-second film.');
  const downloaded = page.waitForEvent('download', { timeout: 200_000 });
  const recordingStarted = Date.now();
  await dialog.getByRole('button', { name: 'Record' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Recording progress' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(dialog.locator('.film-progress-text')).toHaveText(/^Day \d+ of 45 — \d+ (September|October|November) 2020$/);
  const download = await downloaded;
  const recordingMs = Date.now() - recordingStarted;
  expect(download.suggestedFilename()).toMatch(/^ceasefire-atlas-[0-9a-f]{10}-2020-09-27-2020-11-10\.webm$/);
  const bytes = new Uint8Array(readFileSync(await download.path()));
  writeFileSync(testInfo.outputPath(download.suggestedFilename()), bytes);

  // The dialog says so and offers the file again; the map is back on its day.
  await expect(dialog.getByRole('status')).toContainText('The film is ready: 45 days, a 5-second film of');
  const save = dialog.getByRole('link', { name: /^Save the film \(\d+\.\d MB\)$/ });
  await expect(save).toBeVisible();
  await expect(save).toHaveAttribute('download', download.suggestedFilename());
  await expect(page.locator('.date-label')).toHaveText('1 December 2020');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('date=2020-12-01');

  // The file: one VP9 frame per day and a closing copy of the last, 1/9 s apart, even sides, the map on top.
  const film = readWebm(bytes);
  const times = film.frames.map((f) => Math.round(f.ms));
  const last = film.frames.at(-1)!.ms;
  console.log(
    `time-lapse: ${film.frames.length} frames, duration ${film.durationMs?.toFixed(0)} ms, last frame at ${last.toFixed(0)} ms, ` +
      `${film.width}×${film.height}, ${(bytes.length / 1e6).toFixed(2)} MB, recorded in ${(recordingMs / 1000).toFixed(1)} s; frames at ${times.join(' ')}`,
  );
  expect(film.codec).toBe('V_VP9');
  expect(film.width % 2).toBe(0);
  expect(film.height % 2).toBe(0);
  expect(film.width).toBe(map.w - (map.w % 2));
  expect(film.height).toBeGreaterThan(map.h + 60);
  expect(Math.abs(film.frames.length - FILM.days)).toBeLessThanOrEqual(FILM.days * 0.1);
  // The duration is written (Chromium leaves a live file without one) and the last frame, the closing copy, starts there.
  expect(film.durationMs).not.toBeNull();
  expect(Math.abs(film.durationMs! - 5000)).toBeLessThanOrEqual(5000 * 0.15);
  expect(Math.abs(last - 5000)).toBeLessThanOrEqual(5000 * 0.15);
  // Each day is on screen for 1/9 s: the paused time (the next day settling) is not in the film.
  const gaps = times.slice(1).map((t, i) => t - times[i]!);
  const median = [...gaps].sort((a, b) => a - b)[gaps.length >> 1]!;
  expect(Math.abs(median - 1000 / FILM.pace)).toBeLessThanOrEqual(10);
  expect(film.frames[0]!.keyframe).toBe(true);

  // The frames, decoded in the page: the first shows the land taken in the war Armenian-held and the corridor too; the
  // last, Azerbaijani-held land and the corridor under the peacekeepers (only from 10 Nov: the last day is in the file).
  const frames = film.frames.map((f) => ({ ms: f.ms, key: f.keyframe, data: Buffer.from(f.data).toString('base64') }));
  const decoded = await page.evaluate(
    async ({ frames, width, height, points }) => {
      const out: { means: Record<string, number[][]>; png: string }[] = [];
      const wanted = new Set([0, frames.length - 1]);
      let index = 0;
      const decoder = new VideoDecoder({
        output: (frame) => {
          if (wanted.has(index)) {
            const canvas = document.createElement('canvas');
            canvas.width = frame.displayWidth;
            canvas.height = frame.displayHeight;
            const g = canvas.getContext('2d')!;
            g.drawImage(frame, 0, 0);
            const px = g.getImageData(0, 0, canvas.width, canvas.height).data;
            const mean = ([x, y]: [number, number]) => {
              const sum = [0, 0, 0];
              for (let dy = -3; dy <= 3; dy++)
                for (let dx = -3; dx <= 3; dx++) for (let c = 0; c < 3; c++) sum[c]! += px[((y + dy) * canvas.width + x + dx) * 4 + c]!;
              return sum.map((s) => s / 49);
            };
            out.push({
              means: Object.fromEntries(Object.entries(points).map(([k, pts]) => [k, pts.map(mean)])),
              png: canvas.toDataURL('image/png'),
            });
          }
          index++;
          frame.close();
        },
        error: (e) => {
          throw e;
        },
      });
      decoder.configure({ codec: 'vp09.00.10.08', codedWidth: width, codedHeight: height });
      for (const f of frames) {
        const data = Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0));
        decoder.decode(new EncodedVideoChunk({ type: f.key ? 'key' : 'delta', timestamp: Math.round(f.ms * 1000), data }));
      }
      await decoder.flush();
      return { out, count: index };
    },
    { frames, width: film.width, height: film.height, points: { taken, corridor } },
  );
  expect(decoded.count).toBe(film.frames.length);
  const [first, final] = decoded.out as [(typeof decoded.out)[0], (typeof decoded.out)[0]];
  for (const [name, f] of [
    ['first', first],
    ['last', final],
  ] as const)
    writeFileSync(testInfo.outputPath(`timelapse-${name}-frame.png`), Buffer.from(f.png.split(',')[1]!, 'base64'));
  const shares = {
    firstTaken: share(first.means.taken!, 'armenian'),
    firstCorridor: share(first.means.corridor!, 'armenian'),
    lastTaken: share(final.means.taken!, 'azerbaijani'),
    lastCorridor: share(final.means.corridor!, 'peacekeepers'),
  };
  console.log(`time-lapse: nearest-colour shares ${JSON.stringify(shares)}; test took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  expect(shares.firstTaken).toBeGreaterThan(0.8);
  expect(shares.firstCorridor).toBeGreaterThan(0.8);
  expect(shares.lastTaken).toBeGreaterThan(0.8);
  expect(shares.lastCorridor).toBeGreaterThan(0.8);
});

test('Cancel stops the recording, saves nothing and brings back the day, the comparison and the period shown before', async ({ page }) => {
  test.setTimeout(120_000);
  // The film's days lie outside the period in focus, which the app widens to the whole timeline while it records.
  await page.goto('/#date=2023-09-20&compare=2020-09-26&period=2022-2024');
  await waitForIdle(page);
  const before = await page.evaluate(() => location.hash.replace(/&v=.*$/, ''));
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  const dialog = await openDialog(page);
  await expect(dialog.getByLabel('From', { exact: true })).toHaveValue('2020-09-27');
  await expect(dialog.getByLabel('To', { exact: true })).toHaveValue('2020-12-10');
  await expect(dialog.locator('.film-summary')).toHaveText('75 days: a 15-second film.');
  await dialog.getByRole('button', { name: 'Record' }).click();
  await expect(dialog.locator('.film-progress-text')).toHaveText(/^Day ([3-9]|\d\d) of 75 — /, { timeout: 30_000 });
  // While it records, the map shows the film's days (no comparison).
  await expect(page.locator('.date-label')).toHaveText(/(September|October) 2020/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Recording cancelled; nothing was saved. The map is back on 20 September 2023.');
  await expect(dialog.getByRole('button', { name: 'Record' })).toBeFocused();
  await expect(dialog.getByRole('progressbar')).toBeHidden();
  await expect(dialog.getByRole('link', { name: /Save the film/ })).toHaveCount(0);
  await expect(page.locator('.date-label')).toHaveText('20 September 2023');
  await expect.poll(() => page.evaluate(() => location.hash.replace(/&v=.*$/, ''))).toBe(before);
  expect(before).toContain('period=2022-2024');
  // Nothing arrives later either.
  await page.waitForTimeout(1500);
  expect(downloads).toEqual([]);
  // Escape closes the dialog and the focus returns to its button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Record a time-lapse…' })).toBeFocused();
});

test('Escape during a recording cancels it too', async ({ page }) => {
  await page.goto('/#date=2021-06-01');
  await waitForIdle(page);
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  const dialog = await openDialog(page);
  await dialog.getByRole('button', { name: 'Record' }).click();
  await expect(dialog.locator('.film-progress-text')).toHaveText(/^Day ([2-9]|\d\d) of 75 — /, { timeout: 30_000 });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Record a time-lapse…' })).toBeFocused();
  await expect(page.locator('.date-label')).toHaveText('1 June 2021');
  await page.waitForTimeout(1500);
  expect(downloads).toEqual([]);
});

test('bad input is named, next to the field, and nothing is recorded', async ({ page }) => {
  await page.goto('/#date=2021-06-01');
  await waitForIdle(page);
  const dialog = await openDialog(page);
  const from = dialog.getByLabel('From', { exact: true });
  const to = dialog.getByLabel('To', { exact: true });
  const errors = dialog.getByRole('alert');
  await from.fill('2020-11-10');
  await to.fill('2020-09-27');
  await expect(dialog.locator('.film-summary')).toHaveText('');
  await dialog.getByRole('button', { name: 'Record' }).click();
  await expect(errors).toHaveText('From must be before To.');
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await expect(to).toBeFocused();
  await from.fill('1980-01-01');
  await to.fill('2030-01-01');
  await dialog.getByRole('button', { name: 'Record' }).click();
  await expect(errors.locator('li')).toHaveText([
    /^From must be within the timeline, \d+ \w+ 19\d\d to \d+ \w+ 20\d\d\.$/,
    /^To must be within the timeline, /,
  ]);
  await expect(from).toBeFocused();
  await from.fill('');
  await to.fill('2020-11-10');
  await dialog.getByRole('button', { name: 'Record' }).click();
  await expect(errors).toHaveText('From: enter a day (the first day of the film).');
  await from.fill('2018-01-01');
  await dialog.getByRole('button', { name: 'Record' }).click();
  await expect(errors).toHaveText('A film can hold at most 1,000 days; this range has 1,045. Choose a shorter range.');
  await expect(dialog.getByRole('progressbar')).toBeHidden();
  await expect(page.locator('.date-label')).toHaveText('1 June 2021');
  // Put right, the message goes with the next Record.
  await from.fill('2020-11-08');
  await expect(dialog.locator('.film-summary')).toHaveText('3 days: a 0.6-second film.');
});

test('a browser that cannot record video is told so, and the button is off', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { MediaRecorder?: unknown }).MediaRecorder;
  });
  await page.goto('/#date=2021-06-01');
  await waitForIdle(page);
  await page.getByRole('tab', { name: 'Compare & area' }).click();
  const button = page.getByRole('button', { name: 'Record a time-lapse…' });
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription(/needs a browser that records video/);
  await expect(page.getByText('Recording a time-lapse needs a browser that records video')).toBeVisible();
});
