/**
 * `npm run geo:build`: rebuilds every derived geo file from the npm datasets
 * and the hand-digitised sources in geo/sources/. Deterministic: running it
 * twice gives the same bytes.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBasemap } from './lib/basemap.ts';

const here = dirname(fileURLToPath(import.meta.url));

function write(rel: string, data: unknown): void {
  const path = join(here, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(data) + '\n');
  console.log(`wrote geo/${rel}`);
}

write('derived/basemap.geojson', buildBasemap());
