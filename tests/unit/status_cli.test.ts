/** The status CLI as a user runs it: JSON on stdout, one-line errors with exit status 2. */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/status.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// Each case starts Node with tsx and reads the built files: seconds on a loaded 2-core machine.
describe('npm run status', { timeout: 30_000 }, () => {
  it('answers for Agdam town the day after its handover', () => {
    const r = run('--date', '2020-11-21', '--at', '46.93,39.99');
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.out)).toEqual({
      date: '2020-11-21',
      at: [46.93, 39.99],
      holder: 'azerbaijani',
      zone: 'agdam-town',
      place: 'agdam-town',
      district: 'agdam',
      peacekeeping: false,
      since: {
        date: '2020-11-20',
        event: 'agdam-handover-2020',
        clause: 2,
        confidence: 'confirmed',
        source: 'https://www.aljazeera.com/news/2020/11/20/azerbaijan-army-enters-district-handed-over-by-armenia',
      },
    });
  });

  it('gives null outside the NKAO and the seven districts', () => {
    const r = run('--date', '2021-01-01', '--at', '46.3386,39.5078');
    expect(JSON.parse(r.out)).toMatchObject({ holder: null, district: null, zone: null });
  });

  it.each([
    [['--date', '2021-02-29', '--at', '46.9,39.9'], /not a calendar day/],
    [['--date', '1900-01-01', '--at', '46.9,39.9'], /outside the timeline/],
    [['--date', '2020-11-21', '--at', 'abc,39.9'], /not LON,LAT/],
    [['--date', '2020-11-21', '--at', '46.9'], /not LON,LAT/],
    [['--date', '2020-11-21', '--at', '200,39.9'], /out of range/],
    [['--at', '46.9,39.9'], /missing --date/],
    [['--date', '2020-11-21'], /missing --at/],
    [['--date', '2020-11-21', '--at', '46.9,39.9', '--bogus'], /Unknown option/],
  ])('rejects %j with a one-line message and status 2', (args, message) => {
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });
});
