/**
 * Finds the Chromium that the end-to-end tests drive.
 *
 * Order: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own
 * download (which `npx playwright install` would fetch, but cannot be fetched on
 * machines that only reach the npm registry). Fails with an install hint.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file is there.`);
    }
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return undefined; // Playwright uses its own.
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one of:\n' +
      '  - Debian/Ubuntu: sudo apt-get install chromium   (gives /usr/bin/chromium)\n' +
      '  - any Chromium/Chrome, then: export CHROMIUM_PATH=/path/to/chromium\n' +
      "  - Playwright's own build: npx playwright install chromium",
  );
}

/** A Chromium without WebGL (no GPU, no software rasteriser): the atlas must fall back to its text views. */
export function launchWithoutWebGL() {
  const executablePath = findChromium();
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--use-gl=disabled', '--disable-gpu', '--disable-software-rasterizer'],
  });
}
