/** The committed data of record, for tests that pin facts against it (read from geo/, never rebuilt). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GEO_DIR } from '../../geo/lib/build_all.ts';
import { Atlas, type AtlasData } from '../../src/model/atlas.ts';
import type { Place } from '../../geo/lib/places.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON; each test reads the shape it needs
export const readGeo = (file: string): any => JSON.parse(readFileSync(join(GEO_DIR, file), 'utf8'));

/** The four files an Atlas is built from, plus the log when `withLog`. */
export function committedData(withLog = false): AtlasData {
  return {
    zones: readGeo('zones.geojson'),
    boundaries: readGeo('boundaries.geojson'),
    lines: readGeo('lines.geojson'),
    events: readGeo('events.json'),
    ...(withLog ? { log: readGeo('log.json') } : {}),
  };
}

export const committedAtlas = (today: string, withLog = false) => new Atlas(committedData(withLog), today);

/** A place row for fixtures: a village at (lat, lon) in `unit`, with every other field filled. */
export const fixturePlace = (id: string, unit: Place['unit'], lat = 39.5, lon = 47, kind: Place['kind'] = 'village'): Place => ({
  id,
  kind,
  unit,
  lat,
  lon,
  en: id,
  hy: '',
  hy_script: '',
  az: '',
  ru: '',
  coord_source: 'https://example.org/',
  names_source: 'https://example.org/',
  note: '',
  ele_m: null,
  ele_source: '',
  line: 2,
});
