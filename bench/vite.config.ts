/** Builds the baseline page into dist/bench/ (only for `npm run bench`). */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: { outDir: '../dist/bench', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
});
