/**
 * The promise of the change log: one new row in changes.csv and a rebuild
 * change the map at that settlement from that day on, and nowhere else.
 */
import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, appendFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { buildAll, GEO_DIR } from '../../geo/lib/build_all.ts';
import { Atlas, type AtlasData } from '../../src/model/atlas.ts';
import type { LogFile } from '../../src/model/types.ts';

const committed = (f: string) => JSON.parse(readFileSync(join(GEO_DIR, f), 'utf8'));

function atlasOf(zones: FeatureCollection, log: LogFile): Atlas {
  return new Atlas(
    {
      zones,
      boundaries: committed('boundaries.geojson'),
      lines: committed('lines.geojson'),
      events: committed('events.json'),
      log,
    } as AtlasData,
    '2026-12-01',
  );
}

describe('appending a row to changes.csv', () => {
  it('changes the status of that settlement from that day on, and of no other cell', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-sources-'));
    cpSync(join(GEO_DIR, 'sources'), dir, { recursive: true });
    // Martuni stayed with the Nagorno-Karabakh side until 2023; record a (fictitious) change on 1 Nov 2020.
    appendFileSync(
      join(dir, 'changes.csv'),
      '2020-11-01,martuni,azerbaijani,claims-2020-11-09,announced,https://example.org/test,test row\n',
    );
    const { files, problems } = buildAll(dir);
    expect(problems).toEqual([]);
    const before = committed('zones.geojson') as FeatureCollection;
    const after = JSON.parse(files.get('zones.geojson')!) as FeatureCollection;

    // Of every derived file, only the cells (and their encoding for the app) and the log change; of the cells only Martuni's, and the log by one row at its end.
    const stale = [...files].filter(([rel, text]) => text !== readFileSync(join(GEO_DIR, rel), 'utf8')).map(([rel]) => rel);
    // atlas.topojson is the cells and units encoded for the app, so it changes with the cells; the data version changes
    // with any edit to the data of record.
    expect(stale.sort()).toEqual(['atlas.topojson', 'derived/version.json', 'log.json', 'zones.geojson']);
    const logBefore = committed('log.json') as LogFile;
    const logAfter = JSON.parse(files.get('log.json')!) as LogFile;
    expect(logAfter.places).toEqual(logBefore.places);
    expect(logAfter.rows.slice(0, -1)).toEqual(logBefore.rows);
    expect(logAfter.rows.at(-1)).toMatchObject({ date: '2020-11-01', place: 'martuni', source: 'https://example.org/test' });
    const changed = after.features.filter((f, i) => JSON.stringify(f) !== JSON.stringify(before.features[i])).map((f) => f.properties!.id);
    expect(changed).toEqual(['martuni']);

    const [lon, lat] = [47.1117, 39.79496];
    const a = atlasOf(before, logBefore);
    const b = atlasOf(after, logAfter);
    expect(b.status(lon, lat, '2020-10-31').holder).toBe('armenian');
    expect(a.status(lon, lat, '2020-11-01').holder).toBe('armenian');
    expect(b.status(lon, lat, '2020-11-01')).toMatchObject({
      holder: 'azerbaijani',
      place: 'martuni',
      since: { date: '2020-11-01', confidence: 'announced', source: 'https://example.org/test' },
    });
    // The answer for Martuni before that day, and for Stepanakert next door on any day, is untouched.
    for (const day of ['2020-10-31', '2020-11-01', '2021-06-01'])
      expect(b.status(46.7528, 39.8177, day)).toEqual(a.status(46.7528, 39.8177, day));
    expect(b.status(lon, lat, '2020-10-31')).toEqual(a.status(lon, lat, '2020-10-31'));
  }, 180_000); // two full builds of geo/ (about 40 s on two idle cores; more while the machine is busy)
});
