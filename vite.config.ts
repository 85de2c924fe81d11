import { defineConfig, type Plugin } from 'vitest/config';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './geo/lib/version.ts';

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
 * The offline copy: writes sw.js (from src/offline/sw.js) with the list of the files of this build and a cache named
 * after their contents, so each deployed version gets a cache of its own. The WOFF copies of the fonts are left out
 * (every browser with service workers reads WOFF2). Only in the production build.
 */
function offlineCopy(): Plugin {
  return {
    name: 'atlas-offline-copy',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const contents = new Map<string, string | Uint8Array>();
      for (const [name, item] of Object.entries(bundle)) contents.set(name, item.type === 'chunk' ? item.code : item.source);
      for (const name of filesUnder('public')) contents.set(name, readFileSync(join('public', name)));
      const names = [...contents.keys()].filter((f) => !f.endsWith('.map') && !f.endsWith('.woff') && f !== 'sw.js').sort();
      const hash = createHash('sha256');
      for (const name of names) hash.update(`${name}\0`).update(contents.get(name)!);
      const version = hash.digest('hex').slice(0, 12);
      const files = ['./', ...names];
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
