/** geo:check on the real data, and on broken copies: each problem names the feature. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkGeo, type GeoData } from '../../geo/lib/check.ts';

const read = (f: string) => JSON.parse(readFileSync(new URL(`../../geo/${f}`, import.meta.url), 'utf8'));
const fresh = (): GeoData => ({
  boundaries: read('boundaries.geojson'),
  zones: read('zones.geojson'),
  lines: read('lines.geojson'),
  places: read('places.geojson'),
  districtLabels: read('derived/district-labels.json'),
  events: read('events.json'),
  clauses: read('clauses.json'),
  areaIds: Object.keys(read('sources/areas.json').areas),
});

// checkGeo overlays every pair of neighbouring cells: seconds, not milliseconds.
describe('geo:check', { timeout: 30_000 }, () => {
  it('passes on the data of record', () => {
    expect(checkGeo(fresh())).toEqual([]);
  });

  it('names a zone whose history has a gap', () => {
    const d = fresh();
    const z = d.zones.features.find((f) => f.properties!.id === 'kalbajar-town')!;
    z.properties!.history[1].to = '2020-11-24';
    expect(checkGeo(d)).toContain('zone kalbajar-town period 2: ends 2020-11-24 but the next period starts 2020-11-25 (gap or overlap)');
  });

  it('names a zone whose event does not exist', () => {
    const d = fresh();
    d.zones.features.find((f) => f.properties!.id === 'qubadli-town')!.properties!.history[2].event = 'no-such-event';
    expect(checkGeo(d)).toContain('zone qubadli-town period 3: event "no-such-event" is not in geo/events.json');
  });

  it('names a place that falls in the wrong unit', () => {
    const d = fresh();
    const lachin = d.places.features.find((f) => f.properties!.id === 'lachin-town')!;
    (lachin.geometry as { coordinates: number[] }).coordinates = [46.9306, 39.9931];
    expect(checkGeo(d)).toContain('place lachin-town: lies in agdam, expected lachin');
  });

  it('names a self-intersecting boundary', () => {
    const d = fresh();
    const f = d.boundaries.features.find((x) => x.properties!.id === 'zangilan')!;
    f.geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [46.5, 39.0],
          [46.7, 39.2],
          [46.7, 39.0],
          [46.5, 39.2],
          [46.5, 39.0],
        ],
      ],
    };
    const problems = checkGeo(d);
    expect(problems.some((p) => p.startsWith('boundary zangilan: self-intersection at'))).toBe(true);
  });

  it('names overlapping zones', () => {
    const d = fresh();
    const a = d.zones.features.find((f) => f.properties!.id === 'agdam-town')!;
    const b = d.zones.features.find((f) => f.properties!.id === 'agdam~azerbaijani-side-1994')!;
    b.geometry = a.geometry;
    expect(
      checkGeo(d).some((p) => /zones agdam(-town|~azerbaijani-side-1994) and agdam(-town|~azerbaijani-side-1994) overlap by/.test(p)),
    ).toBe(true);
  });

  it('names a unit whose area is more than 5 % off the official figure', () => {
    const d = fresh();
    const f = d.boundaries.features.find((x) => x.properties!.id === 'qubadli')!;
    const others = d.boundaries.features.filter((x) => x !== f);
    // Shrink Qubadli to a small square inside it: a valid polygon, far below its official 802 km².
    f.geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [46.55, 39.33],
          [46.6, 39.33],
          [46.6, 39.36],
          [46.55, 39.36],
          [46.55, 39.33],
        ],
      ],
    };
    d.boundaries.features = [...others, f];
    expect(
      checkGeo(d).some((p) => /^boundary qubadli: area \d+ km² is -\d+\.\d% off the official 802 km² \(tolerance ±5%\)$/.test(p)),
    ).toBe(true);
  });

  it('names a mirror cited as a source, by host', () => {
    const d = fresh();
    d.events!.events[0]!.sources = [{ url: 'https://perceptiode.com/Мадагиз' }];
    d.clauses!.clauses[0]!.sources = [{ url: 'https://it.qaz.wiki/wiki/Zabux' }];
    const problems = checkGeo(d);
    expect(problems).toContain(`mirror or scrape site it.qaz.wiki cited by clause 1: cite the canonical work instead`);
    expect(problems).toContain(
      `mirror or scrape site perceptiode.com cited by event ${d.events!.events[0]!.id}: cite the canonical work instead`,
    );
  });

  it('names a missing provenance property', () => {
    const d = fresh();
    delete d.lines.features.find((f) => f.properties!.id === 'road-2022')!.properties!.source;
    expect(checkGeo(d)).toContain('line road-2022: missing provenance property "source"');
  });

  it('names a district label that has drifted from its unit', () => {
    const d = fresh();
    const label = d.districtLabels!.features.find((f) => f.properties!.id === 'lachin')!;
    (label.geometry as { coordinates: number[] }).coordinates = [46.9, 39.9];
    label.properties!.short_az = 'Laçın?';
    const problems = checkGeo(d);
    expect(problems.some((p) => p.startsWith('district label lachin: at 46.9,39.9'))).toBe(true);
    expect(problems).toContain("district label lachin: short_az differs from the boundary's (run npm run geo:build)");
    expect(problems).toContain('district label lachin: lies outside its unit');
  });
});
