/** The coverage report (geo/lib/coverage.ts), on a small fixture. */
import { describe, it, expect } from 'vitest';
import { coverage, coverageMarkdown, listCoverage } from '../../geo/lib/coverage.ts';
import type { Place } from '../../geo/lib/places.ts';
import { fixturePlace } from './committed.ts';
import type { ChangeRow } from '../../src/model/control.ts';

const place = (id: string, unit: Place['unit'], kind: Place['kind'] = 'village') => fixturePlace(id, unit, 39.5, 47, kind);
const row = (date: string, p: string, confidence: ChangeRow['confidence'] = 'confirmed'): ChangeRow => ({
  date,
  place: p,
  holder: 'azerbaijani',
  event: 'e',
  confidence,
  source: 'https://example.org/',
  note: '',
});

describe('coverage', () => {
  const places = [place('a', 'fuzuli'), place('b', 'fuzuli'), place('c', 'jabrayil'), place('hill', 'jabrayil', 'height')];
  const rows = [
    row('1988-02-20', 'fuzuli'),
    row('1993-08-23', 'west-area'),
    row('2020-10-17', 'a', 'announced'),
    row('2020-10-17', 'c', 'disputed'),
    row('2020-10-20', 'hill'),
    row('2020-12-01', 'c'),
  ];
  // The area row starts periods in cells of both units; the unit row only in Fuzuli's.
  const cells = [
    {
      district: 'fuzuli',
      history: [
        { by: 'fuzuli', from: '1988-02-20' },
        { by: 'west-area', from: '1993-08-23' },
      ],
    },
    {
      district: 'jabrayil',
      history: [
        { by: 'west-area', from: '1993-08-23' },
        { by: 'c', from: '2020-10-17' },
      ],
    },
  ];
  const c = coverage(places, rows, cells);
  const unit = (id: string) => c.units.find((u) => u.unit === id)!;

  it('counts settlements, heights and the settlements with rows of their own per unit', () => {
    expect(unit('fuzuli')).toMatchObject({ settlements: 2, landmarks: 0, dated: 1 });
    expect(unit('jabrayil')).toMatchObject({ settlements: 1, landmarks: 1, dated: 1 });
    expect(c.total).toMatchObject({ settlements: 3, landmarks: 1, dated: 2 });
  });

  it('counts an area row in every unit it applies to, and once in all', () => {
    expect(unit('fuzuli').rows['1988–94']).toBe(2);
    expect(unit('jabrayil').rows['1988–94']).toBe(1);
    expect(c.total.rows['1988–94']).toBe(2);
    expect(unit('jabrayil').rows['war 2020']).toBe(2);
    expect(unit('jabrayil').rows['after 2020']).toBe(1);
    expect(unit('jabrayil').confidence).toEqual({ announced: 0, confirmed: 3, disputed: 1 });
  });

  it('lists the days of the war with rows naming a place', () => {
    expect(c.warDays).toEqual([
      { day: '2020-10-17', rows: 2 },
      { day: '2020-10-20', rows: 1 },
    ]);
  });

  it('prints shares under the header that names them', () => {
    const md = coverageMarkdown(c, { fuzuli: 'Fuzuli' });
    const lines = md.split('\n');
    const head = lines[0];
    const fuzuli = lines.find((l) => l.startsWith('| Fuzuli |'));
    const cols = head!.split('|').map((s) => s.trim());
    const vals = fuzuli!.split('|').map((s) => s.trim());
    expect(vals[cols.indexOf('announced')]).toBe('33 %');
    expect(vals[cols.indexOf('confirmed')]).toBe('67 %');
    expect(md).toContain('on 2 days: 10-17 (2), 10-20 (1)');
  });

  it('counts the listed settlements in the record, and those with a row on the day announced', () => {
    const entry = (date: string, place: string) => ({ date, name: place || 'x', source: 'https://example.org/', place, line: 2 });
    const lists = listCoverage(
      [entry('2020-10-17', 'a'), entry('2020-10-18', 'c'), entry('2020-10-18', '')],
      [entry('', 'c'), entry('', '')],
      rows,
    );
    expect(lists).toEqual({ announced: { entries: 3, days: 2, placed: 2, dated: 1 }, lost: { entries: 2, placed: 1 } });
    expect(coverageMarkdown(c, {}, lists)).toContain(
      'name 3 settlements on 2 days, of which 2 are in the record and 1 have a row on the day announced',
    );
  });
});
