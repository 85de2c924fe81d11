import type { Page, Request } from '@playwright/test';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** Collects console errors, page errors and requests that leave the app's origin. */
export function watchPage(page: Page, origin: string) {
  const errors: string[] = [];
  const foreign: string[] = [];
  const counter = { requests: 0 };
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('request', (req: Request) => {
    const url = req.url();
    counter.requests++;
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return {
    errors,
    foreign,
    get requests() {
      return counter.requests;
    },
  };
}

/** Resolves when the map has loaded and rendered everything once. */
export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const atlas = (window as unknown as { __atlas?: { map?: { loaded(): boolean; areTilesLoaded(): boolean } } }).__atlas;
    return !!atlas?.map && atlas.map.loaded() && atlas.map.areTilesLoaded();
  });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __atlas: { map: { once(e: string, f: () => void): void; triggerRepaint(): void } } }).__atlas
          .map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/**
 * Hides the shaded relief on the main map and waits for the frame without it. The relief shades the control fills, so
 * tests that read a fill's exact colour read it without the relief (tests/e2e/basemap.spec.ts reads the relief itself).
 */
export async function hideRelief(page: Page): Promise<void> {
  const hid = await page.evaluate(() => {
    const map = (
      window as unknown as {
        __atlas: {
          map: {
            getLayer(id: string): unknown;
            getLayoutProperty(l: string, p: string): unknown;
            setLayoutProperty(l: string, p: string, v: string): void;
          };
        };
      }
    ).__atlas.map;
    if (!map.getLayer('relief') || map.getLayoutProperty('relief', 'visibility') === 'none') return false;
    map.setLayoutProperty('relief', 'visibility', 'none');
    return true;
  });
  if (hid) await waitForIdle(page);
}

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/**
 * Reads the colour of the map under each [lon, lat] (points off-screen are skipped): the most frequent colour of the
 * 9×9 device pixels around it, so that the holders' hatching and dots (a quarter of the pixels at most) do not decide
 * it. `selector` picks the canvas (the swipe's second map: '.swipe-layer canvas').
 */
export async function pixelsAt(
  page: Page,
  lnglats: [number, number][],
  selector = '#map > .maplibregl-canvas-container canvas',
  withRelief = false,
): Promise<Rgb[]> {
  if (!withRelief) await hideRelief(page);
  return page.evaluate(
    ([pts, sel]) => {
      const map = (window as unknown as { __atlas: { map: { project(p: [number, number]): { x: number; y: number } } } }).__atlas.map;
      const canvas = document.querySelector(sel) as HTMLCanvasElement;
      const gl = canvas.getContext('webgl2')!;
      const w = canvas.width;
      const h = canvas.height;
      const ratio = w / canvas.clientWidth;
      const buf = new Uint8Array(w * h * 4);
      gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, buf);
      const out: { r: number; g: number; b: number }[] = [];
      for (const p of pts) {
        const { x, y } = map.project(p);
        const px = Math.round(x * ratio);
        const py = Math.round(h - 1 - y * ratio);
        if (px < 0 || py < 0 || px >= w || py >= h) continue;
        const seen = new Map<number, number>();
        for (let dy = -4; dy <= 4; dy++)
          for (let dx = -4; dx <= 4; dx++) {
            const qx = Math.min(w - 1, Math.max(0, px + dx));
            const qy = Math.min(h - 1, Math.max(0, py + dy));
            const i = (qy * w + qx) * 4;
            const key = (buf[i]! << 16) | (buf[i + 1]! << 8) | buf[i + 2]!;
            seen.set(key, (seen.get(key) ?? 0) + 1);
          }
        const top = [...seen.entries()].sort((a, b) => b[1] - a[1])[0]![0];
        out.push({ r: (top >> 16) & 255, g: (top >> 8) & 255, b: top & 255 });
      }
      return out;
    },
    [lnglats, selector] as const,
  );
}

/** The colour of `selector`'s canvas under [lon, lat] as hex, as `pixelsAt` reads it. */
export async function colourAt(page: Page, selector: string, lnglat: [number, number]): Promise<string> {
  const [c] = await pixelsAt(page, [lnglat], selector);
  return c ? `#${[c.r, c.g, c.b].map((v) => v.toString(16).padStart(2, '0')).join('')}` : 'off-screen';
}

/** Counts canvas pixels within `tolerance` of each target colour (hex), over the whole canvas. */
export async function countColours(page: Page, targets: Record<string, string>, tolerance = 12): Promise<Record<string, number>> {
  await hideRelief(page);
  return page.evaluate(
    ([t, tol]) => {
      const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
      const gl = canvas.getContext('webgl2')!;
      const w = canvas.width;
      const h = canvas.height;
      const buf = new Uint8Array(w * h * 4);
      gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, buf);
      const wanted = Object.entries(t as Record<string, string>).map(([k, hex]) => {
        const n = parseInt(hex.slice(1), 16);
        return [k, (n >> 16) & 255, (n >> 8) & 255, n & 255] as const;
      });
      const counts: Record<string, number> = Object.fromEntries(wanted.map(([k]) => [k, 0]));
      for (let i = 0; i < buf.length; i += 4) {
        for (const [k, r, g, b] of wanted) {
          if (
            Math.abs(buf[i]! - r) <= (tol as number) &&
            Math.abs(buf[i + 1]! - g) <= (tol as number) &&
            Math.abs(buf[i + 2]! - b) <= (tol as number)
          ) {
            counts[k]!++;
            break;
          }
        }
      }
      return counts;
    },
    [targets, tolerance] as const,
  );
}

/** The ids of the cells of a 1988 unit that lie in a named area (geo/sources/areas.json), from the built cells. */
export function cellsIn(zones: FeatureCollection, district: string, area: string): string[] {
  return zones.features
    .filter((f) => f.properties?.district === district && (f.properties?.areas as string[]).includes(area))
    .map((f) => f.properties!.id as string);
}

/**
 * A grid of points inside the given cells, at least `marginKm` from each cell's edge, for pixel sampling. Throws when
 * the cells leave fewer than `min` points, so a test sampling them cannot pass on an empty sample.
 */
export function interiorPoints(zones: FeatureCollection, ids: string[], marginKm = 1, min = 20): [number, number][] {
  const points: [number, number][] = [];
  for (const id of ids) {
    const f = zones.features.find((z) => z.properties?.id === id) as Feature<Polygon | MultiPolygon>;
    const inner = turf.buffer(f, -marginKm, { units: 'kilometers' });
    if (!inner) continue;
    const grid = turf.pointGrid(turf.bbox(f), 1, { units: 'kilometers', mask: inner as Feature<Polygon> });
    points.push(...grid.features.map((p) => p.geometry.coordinates as [number, number]));
  }
  if (points.length < min) throw new Error(`interiorPoints: only ${points.length} points inside ${ids.join(', ')}`);
  return points;
}
