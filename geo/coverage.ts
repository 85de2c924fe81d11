/**
 * `npm run geo:coverage`: what the records cover, per 1988 unit and period
 * (settlements, dated rows, confidence) and the days of the 2020 war with
 * changes. Reads geo/sources/ and the built geo/zones.geojson.
 *
 *   npm run geo:coverage               # print the tables
 *   npm run geo:coverage -- --write    # also write them into README.md between the coverage markers
 *   npm run geo:coverage -- --check    # exit 1 if README.md's table is not the current one
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { GEO_DIR } from './lib/build_all.ts';
import { loadPlaces } from './lib/places.ts';
import { loadChanges } from './lib/changes.ts';
import { CsvError } from './lib/csv.ts';
import { coverage, coverageMarkdown, listCoverage, type CellLike } from './lib/coverage.ts';
import { loadList, ANNOUNCED_COLUMNS, LOST_COLUMNS } from './lib/lists.ts';
import { DISTRICT_NAMES } from './lib/names.ts';
import type { LogFile } from '../src/model/types.ts';

const README = join(GEO_DIR, '..', 'README.md');
const START = '<!-- coverage:start (npm run geo:coverage -- --write) -->';
const END = '<!-- coverage:end -->';

function fail(msg: string, code = 1): never {
  console.error(`geo:coverage: ${msg}`);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    options: { write: { type: 'boolean', default: false }, check: { type: 'boolean', default: false } },
    strict: true,
    allowPositionals: false,
  }).values;
} catch (e) {
  fail(`${(e as Error).message}\nusage: npm run geo:coverage [-- --write | --check]`, 2);
}

let places, rows, announced, lost, cells: CellLike[];
try {
  places = loadPlaces(join(GEO_DIR, 'sources', 'places.csv'));
  rows = loadChanges(join(GEO_DIR, 'sources', 'changes.csv'));
  announced = loadList(join(GEO_DIR, 'sources', 'lists', 'announced-2020.csv'), 'geo/sources/lists/announced-2020.csv', ANNOUNCED_COLUMNS);
  lost = loadList(join(GEO_DIR, 'sources', 'lists', 'lost-2020-11-21.csv'), 'geo/sources/lists/lost-2020-11-21.csv', LOST_COLUMNS);
} catch (e) {
  if (e instanceof CsvError) fail(e.problems.join('\n'));
  throw e;
}
try {
  const zones = JSON.parse(readFileSync(join(GEO_DIR, 'zones.geojson'), 'utf8')) as {
    features: { properties: { district: string; history: { from: string; row: number }[] } }[];
  };
  const log = JSON.parse(readFileSync(join(GEO_DIR, 'log.json'), 'utf8')) as LogFile;
  // Each period names the row that started it; the row names the place or area.
  cells = zones.features.map(({ properties: c }) => ({
    district: c.district,
    history: c.history.map((h) => ({ from: h.from, by: log.rows[h.row]?.place })),
  }));
} catch (e) {
  fail(`geo/zones.geojson or geo/log.json could not be read (${(e as Error).message}); run npm run geo:build`);
}

const names = Object.fromEntries(Object.entries(DISTRICT_NAMES).map(([k, v]) => [k, v.short_en]));
const table = coverageMarkdown(coverage(places, rows, cells), names, listCoverage(announced, lost, rows));
console.log(table);

if (args.write || args.check) {
  const readme = readFileSync(README, 'utf8');
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) fail(`README.md has no coverage markers (${START} … ${END})`);
  const next = `${readme.slice(0, a + START.length)}\n${table}\n${readme.slice(b)}`;
  if (args.check && next !== readme) fail("README.md's coverage table is not current: run npm run geo:coverage -- --write");
  if (args.write && next !== readme) {
    writeFileSync(README, next);
    console.error('geo:coverage: README.md updated');
  }
}
