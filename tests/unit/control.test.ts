/** The resolution rule of the change log (src/model/control.ts), on small fixtures. */
import { describe, it, expect } from 'vitest';
import { resolveHistory, type ChangeRow } from '../../src/model/control.ts';

const row = (date: string, place: string, holder: ChangeRow['holder'], extra: Partial<ChangeRow> = {}): ChangeRow => ({
  date,
  place,
  holder,
  event: `e-${date}`,
  confidence: 'confirmed',
  source: 'https://example.org/',
  note: '',
  ...extra,
});

describe('resolveHistory', () => {
  const log = [
    row('1988-02-20', 'unit', 'azerbaijani'),
    row('1993-08-23', 'west', 'armenian'),
    row('2020-10-04', 'village', 'azerbaijani', { confidence: 'disputed' }),
    row('2020-11-10', 'west', 'azerbaijani'),
  ];

  it('takes the latest row on or before each day that names the place or an area holding it', () => {
    const { periods, conflicts } = resolveHistory('village', new Set(['unit', 'west']), log);
    expect(conflicts).toEqual([]);
    expect(periods.map((p) => [p.from, p.to, p.holder])).toEqual([
      ['1988-02-20', '1993-08-23', 'azerbaijani'],
      ['1993-08-23', '2020-10-04', 'armenian'],
      // The area row of 10 Nov repeats the holder: the period stays dated by the village's own row.
      ['2020-10-04', null, 'azerbaijani'],
    ]);
    expect(periods[2]!.confidence).toBe('disputed');
    expect(periods[2]!.by).toBe('village');
  });

  it('ignores rows of areas that do not hold the place', () => {
    const { periods } = resolveHistory('other', new Set(['unit']), log);
    expect(periods.map((p) => p.holder)).toEqual(['azerbaijani']);
  });

  it('lets a row naming the place win over an area row of the same day', () => {
    const { periods, conflicts } = resolveHistory('pocket', new Set(['unit', 'west']), [
      ...log,
      row('2020-11-10', 'pocket', 'armenian'),
      row('2020-12-12', 'pocket', 'azerbaijani'),
    ]);
    expect(conflicts).toEqual([]);
    expect(periods.map((p) => [p.from, p.holder])).toEqual([
      ['1988-02-20', 'azerbaijani'],
      ['1993-08-23', 'armenian'],
      ['2020-12-12', 'azerbaijani'],
    ]);
  });

  it('reports two area rows of one day that both apply', () => {
    const { conflicts } = resolveHistory(null, new Set(['unit', 'west']), [...log, row('1993-08-23', 'unit', 'armenian', { line: 9 })]);
    expect(conflicts).toEqual(['1993-08-23: west and unit (line 9) both apply']);
  });

  it('gives land with no settlement the rows of its areas', () => {
    const { periods } = resolveHistory(null, new Set(['unit', 'west']), log);
    expect(periods.map((p) => [p.from, p.holder])).toEqual([
      ['1988-02-20', 'azerbaijani'],
      ['1993-08-23', 'armenian'],
      ['2020-11-10', 'azerbaijani'],
    ]);
  });

  it('lets a later area row overrule an earlier row of the place', () => {
    const { periods } = resolveHistory('village', new Set(['unit', 'west']), [...log, row('2021-01-01', 'west', 'armenian')]);
    expect(periods.at(-1)).toMatchObject({ from: '2021-01-01', holder: 'armenian', by: 'west' });
  });

  it('reports two rows naming the place on one day', () => {
    const { conflicts } = resolveHistory('village', new Set(['unit']), [...log, row('2020-10-04', 'village', 'armenian', { line: 7 })]);
    expect(conflicts).toEqual(['2020-10-04: village and village (line 7) both apply to village']);
  });

  it('names the rows of the place that change nothing, but not one that overrules an area row of its day', () => {
    const { unchanged } = resolveHistory('village', new Set(['unit', 'west']), [
      ...log,
      row('2020-10-10', 'village', 'azerbaijani'), // already azerbaijani since 4 Oct: changes nothing
      row('2020-11-10', 'village', 'azerbaijani', { line: 12 }), // same day as the area row, same holder: nothing to overrule
    ]);
    expect(unchanged.map((r) => r.date)).toEqual(['2020-10-10', '2020-11-10']);
    const { unchanged: none } = resolveHistory('pocket', new Set(['unit', 'west']), [...log, row('2020-11-10', 'pocket', 'armenian')]);
    expect(none).toEqual([]);
  });
});
