/**
 * `npm run bench`: builds and serves the app (A) and a bare MapLibre page with
 * the same zones (B, bench/), then measures both in headless Chromium,
 * alternating between them. The last line of output is one JSON object. Exits 1
 * when a budget is exceeded. A benchmark, not a test: CI does not run it.
 *
 * First idle is also measured for C (bench/style.html): bare MapLibre with the
 * app's whole style and no app, its map filling the window (A's map shares the
 * window with the panels). No budget applies to C; it roughly splits A/B into
 * what the app adds around its map (A/C) and what the map's content costs (C/B).
 *
 *   npm run bench [-- --runs 5 --changes 60 --viewport 1280x800]
 *
 * `--viewport 390x844` measures at a phone's size (CSS pixels, device pixel ratio 1).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium } from '../tests/e2e/browser.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    changes: { type: 'string', default: '60' },
    port: { type: 'string', default: '4321' },
    viewport: { type: 'string', default: '1280x800' },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const CHANGES = Math.max(10, Number(values.changes));
const PORT = Number(values.port);
const VIEWPORT_MATCH = /^(\d{3,4})x(\d{3,4})$/.exec(values.viewport ?? '');
if (!Number.isInteger(RUNS) || !Number.isInteger(CHANGES) || !Number.isInteger(PORT) || !VIEWPORT_MATCH) {
  console.error('bench: --runs, --changes and --port take whole numbers, --viewport takes WIDTHxHEIGHT (e.g. 390x844)');
  process.exit(2);
}
const VIEWPORT = { width: Number(VIEWPORT_MATCH[1]), height: Number(VIEWPORT_MATCH[2]) };
const ORIGIN = `http://127.0.0.1:${PORT}`;
const APP = `${ORIGIN}/#date=2020-11-10`;
const BASE = `${ORIGIN}/bench/`;
const STYLE = `${ORIGIN}/bench/style.html`;

/**
 * JS per change is timed in a second pass over the same days, pausing after each `idle`. Back to back, the next
 * change starts while the compositor and the software GPU still finish the previous frame; on a 2-core machine they
 * preempt the main thread and a 1 ms date change reads as 5 ms. The change → idle figures come from the first pass,
 * back to back, on A and B alike.
 */
const SETTLE_MS = 100;

const BUDGET = { firstIdleRatio: 1.25, changeIdleP95Ratio: 1.2, jsPerChangeP95Ms: 4, appJsKb: 60, startDataKb: 150, fontsKb: 150 };

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i]!;
}
const median = (xs: number[]) => quantile(xs, 0.5);
const range = (xs: number[]): [number, number] => [r1(Math.min(...xs)), r1(Math.max(...xs))];
const r1 = (v: number) => Math.round(v * 10) / 10;
const r2 = (v: number) => Math.round(v * 100) / 100;

async function serve(): Promise<ChildProcess> {
  // Vite's own script under this Node, not through npx: killing npx would leave the server running, holding the port
  // and keeping this process alive.
  const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
  const server = spawn(process.execPath, [vite, 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(ORIGIN)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`the preview server did not start on ${ORIGIN}`);
}

async function firstIdle(browser: Browser, url: string, collect?: Map<string, Buffer>): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  if (collect) {
    page.on('response', async (res) => {
      try {
        if (res.url().startsWith(ORIGIN)) collect.set(res.url(), await res.body());
      } catch {
        /* redirects and aborted requests have no body */
      }
    });
  }
  await page.goto(url);
  const t = await page.waitForFunction(() => performance.getEntriesByName('atlas:first-idle')[0]?.startTime, null, { timeout: 60_000 });
  const ms = (await t.jsonValue()) as number;
  await context.close();
  return ms;
}

/** The days to visit: spread over the whole timeline, the same for every run. */
function days(n: number): string[] {
  const start = Date.UTC(1988, 1, 20);
  const end = Date.UTC(2026, 0, 1);
  const out: string[] = [];
  let seed = 20201110;
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    out.push(new Date(start + (seed / 2 ** 31) * (end - start)).toISOString().slice(0, 10));
  }
  return out;
}

async function changesA(page: Page, list: string[], settle = 0): Promise<{ idle: number[]; js: number[] }> {
  return page.evaluate(
    async ([ds, settleMs]) => {
      const app = (
        window as unknown as {
          __atlas: { store: { set(p: object, r: string): void }; map: { once(e: string, f: () => void): void; triggerRepaint(): void } };
        }
      ).__atlas;
      const idle: number[] = [];
      const js: number[] = [];
      for (const day of ds) {
        const start = performance.mark('bench:change-start');
        app.store.set({ day }, 'scrub');
        js.push(performance.measure('bench:change', 'bench:change-start').duration);
        await new Promise<void>((r) => {
          app.map.once('idle', () => r());
          app.map.triggerRepaint();
        });
        idle.push(performance.now() - start.startTime);
        performance.clearMarks('bench:change-start');
        performance.clearMeasures('bench:change');
        if (settleMs) await new Promise((r) => setTimeout(r, settleMs));
      }
      return { idle, js };
    },
    [list, settle] as const,
  );
}

async function changesB(page: Page, n: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const { map } = (
      window as unknown as {
        __bench: {
          map: {
            setFilter(id: string, f: unknown): void;
            once(e: string, f: () => void): void;
            triggerRepaint(): void;
            querySourceFeatures(s: string): { properties: { id: string } }[];
          };
        };
      }
    ).__bench;
    const ids = [...new Set(map.querySourceFeatures('zones').map((f) => f.properties.id))];
    const out: number[] = [];
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      map.setFilter('zones', ['!=', ['get', 'id'], ids[i % ids.length] ?? '']);
      await new Promise<void>((r) => {
        map.once('idle', () => r());
        map.triggerRepaint();
      });
      out.push(performance.now() - t0);
    }
    return out;
  }, n);
}

function kind(url: string): string {
  const path = new URL(url).pathname;
  if (/maplibre/.test(path)) return 'maplibre';
  if (/\.(woff2?|ttf)$/.test(path)) return 'fonts';
  // geo/log.json (sources and notes) is fetched after the first coloured frame: counted apart from the start data.
  if (/\/log-[^/]*\.json$/.test(path)) return 'dataAfterFirstFrame';
  if (/\.(geojson|topojson|json)$/.test(path)) return 'data';
  if (/\.js$/.test(path)) return 'appJs';
  if (/\.css$/.test(path)) return 'css';
  return 'other';
}

async function main(): Promise<void> {
  console.error('bench: building the app and the baseline pages…');
  run('npx', ['vite', 'build', '--logLevel', 'warn']);
  run('npx', ['vite', 'build', '--config', 'bench/vite.config.ts']);
  const server = await serve();
  const executablePath = findChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--disable-background-networking'] });
  try {
    const bodies = new Map<string, Buffer>();
    const first: Record<'a' | 'b' | 'c', number[]> = { a: [], b: [], c: [] };
    const pages = { a: APP, b: BASE, c: STYLE };
    for (let i = 0; i < RUNS; i++) {
      // Rotate the order so warm-up and background noise fall on every page.
      const order = (['a', 'b', 'c'] as const).map((_, k, all) => all[(i + k) % all.length]!);
      for (const p of order) first[p].push(await firstIdle(browser, pages[p], i === 0 && p === 'a' ? bodies : undefined));
      console.error(
        `bench: cold load ${i + 1}/${RUNS}: A ${r1(first.a.at(-1)!)} ms, B ${r1(first.b.at(-1)!)} ms, C ${r1(first.c.at(-1)!)} ms`,
      );
    }
    const { a: firstA, b: firstB, c: firstC } = first;

    const bytes: Record<string, number> = {};
    for (const [url, body] of bodies) bytes[kind(url)] = (bytes[kind(url)] ?? 0) + gzipSync(body, { level: 9 }).length;

    const context = await browser.newContext({ viewport: VIEWPORT });
    const pageA = await context.newPage();
    await pageA.goto(APP);
    await pageA.waitForFunction(() => performance.getEntriesByName('atlas:first-idle').length > 0);
    const cdp = await context.newCDPSession(pageA);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const pageB = await context.newPage();
    await pageB.goto(BASE);
    await pageB.waitForFunction(() => performance.getEntriesByName('atlas:first-idle').length > 0);

    const list = days(CHANGES);
    const idleA: number[] = [];
    const jsA: number[] = [];
    const idleB: number[] = [];
    // Alternate blocks of ten changes between A and B.
    for (let i = 0; i < list.length; i += 10) {
      // Only the page being measured is in front: a page behind it gets throttled frames.
      await pageA.bringToFront();
      idleA.push(...(await changesA(pageA, list.slice(i, i + 10))).idle);
      jsA.push(...(await changesA(pageA, list.slice(i, i + 10), SETTLE_MS)).js);
      await pageB.bringToFront();
      idleB.push(...(await changesB(pageB, Math.min(10, list.length - i))));
    }
    await context.close();

    const result = {
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        chromium: browser.version(),
      },
      runs: RUNS,
      changes: CHANGES,
      viewport: `${VIEWPORT.width}x${VIEWPORT.height}`,
      firstIdleMs: { a: r1(median(firstA)), b: r1(median(firstB)), c: r1(median(firstC)) },
      // The fastest and slowest cold load of each page: how much one run moves on this machine.
      firstIdleRangeMs: { a: range(firstA), b: range(firstB), c: range(firstC) },
      changeToIdleMs: {
        a: { p50: r1(median(idleA)), p95: r1(quantile(idleA, 0.95)) },
        b: { p50: r1(median(idleB)), p95: r1(quantile(idleB, 0.95)) },
      },
      jsPerChangeMs: { p50: r2(median(jsA)), p95: r2(quantile(jsA, 0.95)) },
      gzipKb: Object.fromEntries(Object.entries(bytes).map(([k, v]) => [k, r1(v / 1024)])),
      heapMb: r1(heap.usedSize / 2 ** 20),
      ratios: {
        firstIdle: r2(median(firstA) / median(firstB)),
        changeIdleP95: r2(quantile(idleA, 0.95) / quantile(idleB, 0.95)),
        // Diagnostics, no budget: the app around its map, and the map's content.
        firstIdleAppOverStyle: r2(median(firstA) / median(firstC)),
        firstIdleStyleOverBare: r2(median(firstC) / median(firstB)),
      },
      budgets: BUDGET,
      over: [] as string[],
    };
    const over = result.over;
    if (result.ratios.firstIdle > BUDGET.firstIdleRatio) over.push(`first idle A/B ${result.ratios.firstIdle} > ${BUDGET.firstIdleRatio}`);
    if (result.ratios.changeIdleP95 > BUDGET.changeIdleP95Ratio)
      over.push(`date change to idle p95 A/B ${result.ratios.changeIdleP95} > ${BUDGET.changeIdleP95Ratio}`);
    if (result.jsPerChangeMs.p95 > BUDGET.jsPerChangeP95Ms)
      over.push(`JS per date change p95 ${result.jsPerChangeMs.p95} ms > ${BUDGET.jsPerChangeP95Ms} ms`);
    if ((result.gzipKb.appJs ?? 0) > BUDGET.appJsKb) over.push(`app JS ${result.gzipKb.appJs} KB > ${BUDGET.appJsKb} KB`);
    if ((result.gzipKb.data ?? 0) > BUDGET.startDataKb) over.push(`start data ${result.gzipKb.data} KB > ${BUDGET.startDataKb} KB`);
    if ((result.gzipKb.fonts ?? 0) > BUDGET.fontsKb) over.push(`fonts ${result.gzipKb.fonts} KB > ${BUDGET.fontsKb} KB`);

    console.log('');
    console.log('| measure | app (A) | bare MapLibre (B) | A/B | budget |');
    console.log('|---|---:|---:|---:|---|');
    const withRange = (k: 'a' | 'b' | 'c') => `${result.firstIdleMs[k]} ms (${result.firstIdleRangeMs[k].join('–')})`;
    console.log(
      `| navigation → first idle, median (range) of ${RUNS} cold loads at ${result.viewport} | ${withRange('a')} | ${withRange('b')} | ${result.ratios.firstIdle} | ≤ ${BUDGET.firstIdleRatio} |`,
    );
    console.log(
      `| first idle of C, the app's style without the app | ${withRange('c')} | | A/C ${result.ratios.firstIdleAppOverStyle}, C/B ${result.ratios.firstIdleStyleOverBare} | |`,
    );
    console.log(
      `| date change → idle, p50 (${CHANGES} changes) | ${result.changeToIdleMs.a.p50} ms | ${result.changeToIdleMs.b.p50} ms | | |`,
    );
    console.log(
      `| date change → idle, p95 | ${result.changeToIdleMs.a.p95} ms | ${result.changeToIdleMs.b.p95} ms | ${result.ratios.changeIdleP95} | ≤ ${BUDGET.changeIdleP95Ratio} |`,
    );
    console.log(`| JS per date change, p95 | ${result.jsPerChangeMs.p95} ms | | | ≤ ${BUDGET.jsPerChangeP95Ms} ms |`);
    for (const [k, v] of Object.entries(result.gzipKb))
      console.log(
        `| ${k}, gzipped | ${v} KB | | | ${k === 'appJs' ? `≤ ${BUDGET.appJsKb} KB` : k === 'data' ? `≤ ${BUDGET.startDataKb} KB` : k === 'fonts' ? `≤ ${BUDGET.fontsKb} KB` : ''} |`,
      );
    console.log(`| JS heap after load | ${result.heapMb} MB | | | |`);
    console.log('');
    console.log(over.length ? `bench: over budget: ${over.join('; ')}` : 'bench: within every budget');
    console.log(JSON.stringify(result));
    process.exitCode = over.length ? 1 : 0;
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((e) => {
  console.error(`bench: ${(e as Error).message}`);
  process.exit(2);
});
