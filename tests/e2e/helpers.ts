import type { Page, Request } from '@playwright/test';

/** Collects console errors, page errors and requests that leave the app's origin. */
export function watchPage(page: Page, origin: string) {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('request', (req: Request) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return { errors, foreign };
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
        const map = (window as unknown as { __atlas: { map: { once(e: string, f: () => void): void; triggerRepaint(): void } } }).__atlas.map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

export interface Rgb { r: number; g: number; b: number }

/** Reads one pixel of the map canvas at CSS coordinates relative to the canvas. */
export async function pixelAt(page: Page, x: number, y: number): Promise<Rgb> {
  return page.evaluate(
    ([px, py]) => {
      const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
      const gl = canvas.getContext('webgl2')!;
      const ratio = canvas.width / canvas.clientWidth;
      const out = new Uint8Array(4);
      gl.readPixels(Math.round(px! * ratio), Math.round(canvas.height - py! * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, out);
      return { r: out[0]!, g: out[1]!, b: out[2]! };
    },
    [x, y],
  );
}

/** Counts canvas pixels within `tolerance` of each target colour (hex), over the whole canvas. */
export async function countColours(page: Page, targets: Record<string, string>, tolerance = 12): Promise<Record<string, number>> {
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
          if (Math.abs(buf[i]! - r) <= (tol as number) && Math.abs(buf[i + 1]! - g) <= (tol as number) && Math.abs(buf[i + 2]! - b) <= (tol as number)) {
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
