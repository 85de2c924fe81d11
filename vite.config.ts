import { defineConfig, type Plugin } from 'vitest/config';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * The Content-Security-Policy of the built app: everything from its own
 * origin, no inline script, no eval. MapLibre's worker is a same-origin file
 * (set with setWorkerUrl); `blob:` stays allowed for workers and images, which
 * MapLibre may create. Only added to the production build: the dev server
 * injects styles inline for hot reloading.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

/**
 * The offline copy: writes sw.js (from src/offline/sw.js) with the list of every file of this build, and a cache named
 * after that list. File names carry their content hash, so the list changes whenever anything does, and each deployed
 * version gets a cache of its own. Only in the production build.
 */
function offlineCopy(): Plugin {
  return {
    name: 'atlas-offline-copy',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = [
        './',
        ...new Set([...Object.keys(bundle), 'index.html', ...readdirSync('public')].filter((f) => !f.endsWith('.map') && f !== 'sw.js')),
      ].sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync('src/offline/sw.js', 'utf8')
        .replace("'__ATLAS_CACHE__'", JSON.stringify(`ceasefire-atlas-${version}`))
        .replace('self.__ATLAS_FILES__', JSON.stringify(files));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

export default defineConfig({
  // Relative asset URLs so the built app also works from a sub-path or an iframe host.
  base: './',
  plugins: [contentSecurityPolicy(), offlineCopy()],
  build: {
    target: 'es2022',
    // MapLibre alone is ~800 KB minified; it gets its own chunk (see below).
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }],
        },
      },
    },
  },
  preview: { port: 5173, strictPort: false },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
