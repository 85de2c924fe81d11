/**
 * `npm run --silent status -- --date 2020-11-21 --at 46.93,39.99`
 * Prints who held a point on a day as one JSON line. Bad input: one line on
 * stderr and exit status 2.
 */
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Atlas, type AtlasData } from '../src/model/atlas.ts';
import { isIsoDay } from '../src/model/calendar.ts';

const geo = join(dirname(fileURLToPath(import.meta.url)), '..', 'geo');

function fail(msg: string): never {
  process.stderr.write(`status: ${msg}\nusage: npm run --silent status -- --date YYYY-MM-DD --at LON,LAT\n`);
  process.exit(2);
}

function load(name: string): unknown {
  try {
    return JSON.parse(readFileSync(join(geo, name), 'utf8'));
  } catch (e) {
    fail(`cannot read geo/${name}: ${(e as Error).message}`);
  }
}

let values: { date?: string; at?: string };
try {
  values = parseArgs({ options: { date: { type: 'string' }, at: { type: 'string' } }, strict: true, allowPositionals: false }).values;
} catch (e) {
  fail((e as Error).message);
}
if (values.date === undefined) fail('missing --date');
if (values.at === undefined) fail('missing --at');
if (!isIsoDay(values.date)) fail(`--date ${JSON.stringify(values.date)} is not a calendar day (YYYY-MM-DD)`);

const parts = values.at.split(',');
const [lon, lat] = parts.map((s) => (s.trim() === '' ? NaN : Number(s)));
if (parts.length !== 2 || !Number.isFinite(lon) || !Number.isFinite(lat))
  fail(`--at ${JSON.stringify(values.at)} is not LON,LAT in decimal degrees`);
if (Math.abs(lon!) > 180 || Math.abs(lat!) > 90) fail(`--at ${values.at} is out of range (lon -180..180, lat -90..90)`);

const today = new Date().toISOString().slice(0, 10);
const atlas = new Atlas(
  {
    zones: load('zones.geojson'),
    boundaries: load('boundaries.geojson'),
    lines: load('lines.geojson'),
    events: load('events.json'),
    log: load('log.json'),
  } as AtlasData,
  today,
);
if (!atlas.timeline.inRange(values.date))
  fail(`--date ${values.date} is outside the timeline (${atlas.timeline.start} to ${atlas.timeline.end})`);

process.stdout.write(JSON.stringify(atlas.status(lon!, lat!, values.date)) + '\n');
