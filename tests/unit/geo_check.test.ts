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
});

describe('geo:check', () => {
  it('passes on the data of record', () => {
    expect(checkGeo(fresh())).toEqual([]);
  });

  it('names a zone whose history has a gap', () => {
    const d = fresh();
    const z = d.zones.features.find((f) => f.properties!.id === 'kalbajar')!;
    z.properties!.history[1].to = '2020-11-24';
    expect(checkGeo(d)).toContain('zone kalbajar period 2: ends 2020-11-24 but the next period starts 2020-11-25 (gap or overlap)');
  });

  it('names a zone whose event does not exist', () => {
    const d = fresh();
    d.zones.features.find((f) => f.properties!.id === 'qubadli')!.properties!.history[2].event = 'no-such-event';
    expect(checkGeo(d)).toContain('zone qubadli period 3: event "no-such-event" is not in geo/events.json');
  });

  it('names a place that falls in the wrong unit', () => {
    const d = fresh();
    const lachin = d.places.features.find((f) => f.properties!.id === 'lachin')!;
    (lachin.geometry as { coordinates: number[] }).coordinates = [46.9306, 39.9931];
    expect(checkGeo(d)).toContain('place lachin: lies in agdam, expected lachin');
  });

  it('names a self-intersecting boundary and an area out of tolerance', () => {
    const d = fresh();
    const f = d.boundaries.features.find((x) => x.properties!.id === 'zangilan')!;
    f.geometry = { type: 'Polygon', coordinates: [[[46.5, 39.0], [46.7, 39.2], [46.7, 39.0], [46.5, 39.2], [46.5, 39.0]]] };
    const problems = checkGeo(d);
    expect(problems.some((p) => p.startsWith('boundary zangilan: self-intersection at'))).toBe(true);
  });

  it('names overlapping zones', () => {
    const d = fresh();
    const a = d.zones.features.find((f) => f.properties!.id === 'agdam-west')!;
    const b = d.zones.features.find((f) => f.properties!.id === 'agdam-east')!;
    b.geometry = a.geometry;
    expect(checkGeo(d).some((p) => /zones agdam-(west|east) and agdam-(west|east) overlap by/.test(p))).toBe(true);
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
    expect(problems).toContain('district label lachin: short_az differs from the boundary\'s (run npm run geo:build)');
    expect(problems).toContain('district label lachin: lies outside its unit');
  });
});
