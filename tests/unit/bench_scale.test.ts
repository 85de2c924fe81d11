import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { area, booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import { scaleAtlas } from '../../scripts/bench_scale.ts';

const GEO = new URL('../../geo/', import.meta.url);
const decode = (text: string) => {
  const topo = JSON.parse(text) as Topology;
  return feature(topo, topo.objects.zones!) as FeatureCollection<Polygon | MultiPolygon>;
};

describe('the synthetic atlas of npm run bench -- --scale', () => {
  const real = decode(readFileSync(new URL('atlas.topojson', GEO), 'utf8'));
  const realPlaces = JSON.parse(readFileSync(new URL('places.geojson', GEO), 'utf8')) as FeatureCollection<Point>;
  const scaled = scaleAtlas(2, GEO);
  const zones = decode(scaled.atlasTopojson);
  const places = JSON.parse(scaled.placesGeojson) as FeatureCollection<Point>;

  it('has about twice the cells and places, each with its own id', () => {
    expect(zones.features).toHaveLength(scaled.cells);
    expect(scaled.cells).toBeGreaterThan(1.9 * real.features.length);
    expect(scaled.cells).toBeLessThanOrEqual(2 * real.features.length);
    expect(new Set(zones.features.map((f) => f.properties!.id)).size).toBe(scaled.cells);
    expect(places.features).toHaveLength(scaled.places);
    expect(scaled.places).toBeGreaterThan(1.9 * realPlaces.features.length);
    expect(new Set(places.features.map((f) => f.properties!.id)).size).toBe(scaled.places);
  }, 60_000);

  it('covers the same land, and every strip keeps the history of the cell it was cut from', () => {
    const sum = (fc: FeatureCollection<Polygon | MultiPolygon>) => fc.features.reduce((a, f) => a + area(f), 0);
    expect(sum(zones) / sum(real)).toBeCloseTo(1, 2);
    const history = new Map(real.features.map((f) => [f.properties!.id as string, f.properties!.history]));
    for (const z of zones.features) {
      const parent = (z.properties!.id as string).replace(/~x\d+$/, '');
      expect(z.properties!.history).toEqual(history.get(parent));
    }
  });

  it('puts every place of a cut cell inside the strip it points to, each copy of a place in its own strip', () => {
    const cells = new Map(zones.features.map((f) => [f.properties!.id as string, f]));
    const ids = new Set(places.features.map((f) => f.properties!.id as string));
    const realCells = new Set(real.features.map((f) => f.properties!.id as string));
    const parent = (zone: unknown) => String(zone).replace(/~x\d+$/, '');
    const inCells = places.features.filter((p) => realCells.has(parent(p.properties!.zone)));
    expect(inCells.length).toBeGreaterThan(1.9 * realPlaces.features.filter((p) => realCells.has(p.properties!.zone as string)).length);
    const outside = inCells.filter((p) => {
      const cell = cells.get(p.properties!.zone as string);
      return !cell || !booleanPointInPolygon(p, cell);
    });
    // A real place may sit on its cell's edge; its copies never do.
    expect(outside.length).toBeLessThanOrEqual(inCells.length / 100);
    // The copies of one place go to different strips (two real places may share a cell).
    const strips = new Set(inCells.map((p) => `${parent(p.properties!.id)} ${p.properties!.zone as string}`));
    expect(strips.size).toBe(inCells.length);
    for (const z of zones.features) if (z.properties!.place) expect(ids).toContain(z.properties!.place);
  });
});
