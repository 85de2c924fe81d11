import { defineConfig, type Plugin } from 'vitest/config';

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

export default defineConfig({
  // Relative asset URLs so the built app also works from a sub-path or an iframe host.
  base: './',
  plugins: [contentSecurityPolicy()],
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
