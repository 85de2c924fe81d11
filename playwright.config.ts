import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './tests/e2e/browser.ts';

const executablePath = findChromium();
// E2E_PORT lets a second checkout run its e2e tests beside this one.
const PORT = Number(process.env.E2E_PORT ?? 4179);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    // The app's service worker saves the whole build after the first frames; each test's fresh context would download
    // it again. Only tests/e2e/offline.spec.ts lets it run.
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  webServer: {
    // The suite tests the production build (`npm run test:e2e` builds first).
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
