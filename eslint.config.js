// ESLint: the recommended rules of ESLint and typescript-eslint (type-checked for the app), for the app, the geo
// scripts and the tests; and the direction of imports inside src/ (see README, "Layout").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Imports run downward only: vocabulary and model, then url, then i18n (the interface's words), then map, then ui, then
 * app (data loads for app).
 */
const layer = (dir, forbidden) => ({
  files: [`src/${dir}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: forbidden.map((d) => `../${d}/*`),
            message: `src/${dir} must not import from ${forbidden.join(', ')}: imports run downward.`,
          },
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/', 'dist-scale/', 'node_modules/', 'test-results/', 'playwright-report/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  layer('model', ['url', 'i18n', 'map', 'ui', 'app', 'data']),
  layer('url', ['i18n', 'map', 'ui', 'app', 'data']),
  layer('i18n', ['map', 'ui', 'app', 'data']),
  layer('map', ['ui', 'app', 'data']),
  layer('ui', ['app', 'data']),
  layer('data', ['url', 'map', 'ui', 'app']),
);
