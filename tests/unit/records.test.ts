/** The CSV records of geo/sources/: bad rows are named by file, line and column; mirrors are refused. */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlaces } from '../../geo/lib/places.ts';
import { loadChanges, crossCheckChanges } from '../../geo/lib/changes.ts';
import { CsvError } from '../../geo/lib/csv.ts';
import { mirrorHost } from '../../geo/lib/sources.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-records-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const problems = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (e) {
    if (e instanceof CsvError) return e.problems;
    throw e;
  }
  return [];
};

const PLACES_HEAD = 'id,kind,unit,lat,lon,en,hy,hy_script,az,ru,coord_source,names_source,note\n';
const CHANGES_HEAD = 'date,place,holder,event,confidence,source,note\n';

describe('places.csv', () => {
  it('reads a good row', () => {
    const p = file(
      'ok.csv',
      PLACES_HEAD +
        'hadrut,town,nkao,39.52,47.03,Hadrut,Hadrut,Հադրութ,Hadrut,Гадрут,https://www.geonames.org/148105,https://www.geonames.org/148105,\n',
    );
    expect(loadPlaces(p, 'places.csv')).toMatchObject([{ id: 'hadrut', kind: 'town', unit: 'nkao', lat: 39.52, lon: 47.03 }]);
  });

  it('names the line and the column of each bad field', () => {
    const p = file(
      'bad.csv',
      PLACES_HEAD +
        'hadrut,town,nkao,39.52,47.03,Hadrut,,,,,https://www.geonames.org/148105,https://www.geonames.org/148105,\n' +
        'Bad Id,hamlet,nowhere,north,47.03,,,,,,ftp://x,https://it.qaz.wiki/wiki/Zabux,\n' +
        'hadrut,town,nkao,39.52,47.03,Hadrut,,,,,https://www.geonames.org/148105,https://www.geonames.org/148105,\n',
    );
    expect(problems(() => loadPlaces(p, 'places.csv'))).toEqual([
      'places.csv:3: column "id": "Bad Id" must be lower-case letters, digits and single hyphens (e.g. boyuk-marjanli)',
      'places.csv:3: column "kind": "hamlet" is not one of city, town, village, height, landmark',
      'places.csv:3: column "unit": "nowhere" is not one of nkao, agdam, fuzuli, jabrayil, zangilan, qubadli, lachin, kalbajar',
      'places.csv:3: column "lat": "north" is not a decimal number',
      'places.csv:3: column "en" is empty',
      'places.csv:3: column "coord_source": "ftp://x" is not an http(s) URL',
      'places.csv:3: column "names_source": it.qaz.wiki is a mirror or scrape site: cite the canonical work it copies',
    ]);
  });

  it('names a repeated id with the line it first appeared on', () => {
    const row = 'hadrut,town,nkao,39.52,47.03,Hadrut,,,,,https://www.geonames.org/148105,https://www.geonames.org/148105,\n';
    expect(problems(() => loadPlaces(file('dup.csv', PLACES_HEAD + row + row), 'places.csv'))).toEqual([
      'places.csv:3: column "id": "hadrut" is already used on line 2',
    ]);
  });

  it('names the first line of a record whose note spans lines', () => {
    const p = file(
      'multi.csv',
      PLACES_HEAD +
        'hadrut,hamlet,nkao,39.52,47.03,Hadrut,,,,,https://www.geonames.org/148105,https://www.geonames.org/148105,"a note\nover\nthree lines"\nvank,village,nkao,39.5,47.0,Vank,,,,,https://www.geonames.org/1,https://www.geonames.org/1,x\n',
    );
    expect(problems(() => loadPlaces(p, 'places.csv'))).toEqual([
      'places.csv:2: column "kind": "hamlet" is not one of city, town, village, height, landmark',
    ]);
  });

  it('refuses a wrong header and a short row', () => {
    expect(problems(() => loadPlaces(file('head.csv', 'id,kind\n'), 'places.csv'))[0]).toMatch(
      /^places\.csv:1: the header must be "id,kind,unit/,
    );
    expect(problems(() => loadPlaces(file('short.csv', PLACES_HEAD + 'hadrut,town\n'), 'places.csv'))).toEqual([
      'places.csv:2: 2 fields, expected 13 (id,kind,unit,lat,lon,en,hy,hy_script,az,ru,coord_source,names_source,note)',
    ]);
  });
});

describe('changes.csv', () => {
  it('checks each field, then the references and one change per place per day', () => {
    const bad = file('bad-changes.csv', CHANGES_HEAD + '2021-02-29,hadrut,russian,hadrut-2020,rumoured,https://example.org/,\n');
    expect(problems(() => loadChanges(bad, 'changes.csv'))).toEqual([
      'changes.csv:2: column "date": "2021-02-29" is not a calendar day (YYYY-MM-DD)',
      'changes.csv:2: column "holder": "russian" is not one of armenian, azerbaijani, peacekeepers',
      'changes.csv:2: column "confidence": "rumoured" is not one of announced, confirmed, disputed',
    ]);
    const rows = loadChanges(
      file(
        'refs.csv',
        CHANGES_HEAD +
          '2020-10-09,hadrut,azerbaijani,hadrut-2020,disputed,https://example.org/a,\n2020-10-09,hadrut,azerbaijani,hadrut-2020,confirmed,https://example.org/b,\n2020-10-10,atlantis,azerbaijani,no-such-event,confirmed,https://example.org/c,\n',
      ),
      'changes.csv',
    );
    expect(crossCheckChanges(rows, new Set(['hadrut']), new Set(['nkao']), new Set(['hadrut-2020']), 'changes.csv')).toEqual([
      'changes.csv:3: "hadrut" already changes on 2020-10-09 (line 2); one row per place per day',
      'changes.csv:4: column "place": "atlantis" is neither a place in places.csv nor an area (a 1988 unit or an id in areas.json)',
      'changes.csv:4: column "event": "no-such-event" is not an event id in geo/events.json',
    ]);
  });
});

describe('mirrorHost', () => {
  it('knows copies from the works they copy', () => {
    expect(mirrorHost('https://perceptiode.com/Мадагиз')).toBe('perceptiode.com');
    expect(mirrorHost('https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/Azokh.html')).toBe('kiwix.casplantje.nl');
    expect(mirrorHost('https://home.cydlabs.com/kiwix/content/wikipedia_en_all_maxi_2024-01/A/X')).toBe('home.cydlabs.com');
    expect(mirrorHost('https://gateway.ipfs.io/ipfs/QmXoypiz/wiki/X.html')).toBe('gateway.ipfs.io');
    expect(mirrorHost('https://en.wikipedia.org/wiki/Azokh')).toBeNull();
    expect(mirrorHost('https://www.geonames.org/148105')).toBeNull();
    expect(mirrorHost('https://tass.com/defense/1223893')).toBeNull();
    // Content networks carry the works themselves too: only the known mirror on them is refused.
    expect(mirrorHost('https://unicef.azureedge.net/report.pdf')).toBeNull();
    expect(mirrorHost('https://hessslslslsls.azureedge.net/wiki/Sghnakh')).toBe('hessslslslsls.azureedge.net');
    expect(mirrorHost('https://library.kiwix.org/content/wikipedia_en_all/A/Shusha')).toBe('library.kiwix.org');
  });
});
