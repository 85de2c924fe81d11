import { describe, it, expect } from 'vitest';
import { isIsoDay, dayNumber, fromDayNumber, addDays, addMonths, formatDay } from '../../src/model/calendar.ts';

describe('calendar days', () => {
  it('accepts real days only', () => {
    expect(isIsoDay('2020-11-10')).toBe(true);
    expect(isIsoDay('2024-02-29')).toBe(true);
    for (const bad of ['2021-02-29', '2020-13-01', '2020-1-1', '20-11-10', '2020-11-10T00:00', '', null, 20201110]) {
      expect(isIsoDay(bad), String(bad)).toBe(false);
    }
  });

  it('round-trips day numbers without a time-zone shift', () => {
    for (const d of ['1988-02-20', '2020-11-10', '2000-02-29', '2025-12-31']) expect(fromDayNumber(dayNumber(d))).toBe(d);
  });

  it('adds days and months on the calendar', () => {
    expect(addDays('2020-11-30', 1)).toBe('2020-12-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2020-11-21', -1)).toBe('2020-10-21');
  });

  it('formats a day as the reader expects, whatever the time zone', () => {
    expect(formatDay('2020-11-21')).toBe('21 November 2020');
    expect(formatDay('1988-02-20')).toBe('20 February 1988');
  });
});
