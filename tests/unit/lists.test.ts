/** The two sides' lists of 2020 (geo/lib/lists.ts): bad rows are named by file, line and column. */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadList, listProblems, ANNOUNCED_COLUMNS, LIST_FILES } from '../../geo/lib/lists.ts';
import { CsvError } from '../../geo/lib/csv.ts';
import { GEO_DIR } from '../../geo/lib/build_all.ts';
import { loadPlaces } from '../../geo/lib/places.ts';

const HEADER = 'date,name_as_given,name_az,district_as_announced,announced_by,source,place,note';

function write(body: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-lists-')), 'announced.csv');
  writeFileSync(path, `${HEADER}\n${body}`);
  return path;
}

describe('lists of 2020', () => {
  it('links a listed settlement to places.csv, and names a link to no place by line and column', () => {
    const path = write(
      '2020-10-20,Garghabazar,Qarğabazar,Fuzuli,President,https://example.org/a,garghabazar,\n2020-10-20,Nowhere,,Fuzuli,President,https://example.org/a,no-such-place,\n',
    );
    const entries = loadList(path, 'announced.csv', ANNOUNCED_COLUMNS);
    expect(entries.map((e) => e.place)).toEqual(['garghabazar', 'no-such-place']);
    expect(listProblems(entries, new Set(['garghabazar']), 'announced.csv')).toEqual([
      'announced.csv:3: column "place": "no-such-place" is not a place in places.csv',
    ]);
  });

  it('refuses a day outside the war and a mirror as the source', () => {
    const path = write('2020-11-10,A,,Fuzuli,,https://example.org/a,,\n2020-10-20,B,,Fuzuli,,https://en.qaz.wiki/wiki/B,,\n');
    let problems: string[] = [];
    try {
      loadList(path, 'announced.csv', ANNOUNCED_COLUMNS);
    } catch (e) {
      problems = (e as CsvError).problems;
    }
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^announced\.csv:2: column "date": "2020-11-10" is not a day of 27 Sep – 9 Nov 2020/);
    expect(problems[1]).toMatch(/^announced\.csv:3: column "source": .*qaz\.wiki is a mirror/);
  });

  it('the committed lists parse and link only to known places', () => {
    const ids = new Set(loadPlaces(join(GEO_DIR, 'sources', 'places.csv')).map((p) => p.id));
    for (const [file, columns] of LIST_FILES) {
      const entries = loadList(join(GEO_DIR, 'sources', file), file, columns);
      expect(entries.length).toBeGreaterThan(100);
      expect(entries.some((e) => e.place)).toBe(true);
      expect(listProblems(entries, ids, file)).toEqual([]);
    }
  });
});
