import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset URLs so the built app also works from a sub-path or an iframe host.
  base: './',
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
