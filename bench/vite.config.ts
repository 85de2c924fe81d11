/** Builds the baseline pages into dist/bench/ (only for `npm run bench`). */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: '../dist/bench',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // B: index.html (one fill layer); C: style.html (the app's whole style, no app).
    rolldownOptions: { input: { index: here('index.html'), style: here('style.html') } },
  },
});
