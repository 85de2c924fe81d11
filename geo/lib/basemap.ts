/**
 * Basemap for the region, cut from Natural Earth 1:10m admin-0 countries as
 * shipped (TopoJSON, quantised) by the `world-atlas` npm package (ISC; data
 * public domain). Country polygons become land fills; arcs shared by two
 * countries become international borders.
 */
import { createRequire } from 'node:module';
import * as turf from '@turf/turf';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Polygon, MultiPolygon } from 'geojson';

const require = createRequire(import.meta.url);

/** West, south, east, north: a margin around the 44.5–48.0°E, 38.3–41.0°N view. */
export const BASEMAP_BBOX: [number, number, number, number] = [43.5, 37.6, 49.0, 41.7];

/** ISO 3166-1 numeric → English short name and the names used on the map. */
export const COUNTRIES: Record<string, { iso: string; name: string }> = {
  '031': { iso: 'AZ', name: 'Azerbaijan' },
  '051': { iso: 'AM', name: 'Armenia' },
  '268': { iso: 'GE', name: 'Georgia' },
  '364': { iso: 'IR', name: 'Iran' },
  '792': { iso: 'TR', name: 'Türkiye' },
  '643': { iso: 'RU', name: 'Russia' },
};

export const BASEMAP_SOURCE = {
  source: 'Natural Earth 1:10m admin-0 countries, via npm world-atlas@2 (countries-10m.json)',
  licence: 'Natural Earth: public domain; world-atlas packaging: ISC',
  method: 'clipped to the region bbox by geo/lib/basemap.ts (turf.bboxClip); borders = TopoJSON arcs shared by two countries',
  // world-atlas quantises 10m coordinates to 0.0036° lon × 0.0017° lat (~310 m × 190 m here).
  accuracy_m: 500,
};

function round(coords: unknown, digits = 5): unknown {
  if (typeof coords === 'number') return Math.round(coords * 10 ** digits) / 10 ** digits;
  return (coords as unknown[]).map((c) => round(c, digits));
}

function roundGeometry<G extends Geometry>(g: G): G {
  return { ...g, coordinates: round((g as Polygon).coordinates) } as G;
}

export function loadCountriesTopology(): Topology {
  return require('world-atlas/countries-10m.json') as Topology;
}

/** Country polygons (clipped) and international borders (clipped) for the region. */
export function buildBasemap(topology: Topology = loadCountriesTopology()): FeatureCollection {
  const collection = topology.objects.countries as GeometryCollection<{ name: string }>;
  const keep = collection.geometries.filter((g) => String(g.id) in COUNTRIES);
  const features: Feature[] = [];
  for (const g of keep) {
    const meta = COUNTRIES[String(g.id)]!;
    const f = feature(topology, g) as Feature<Polygon | MultiPolygon>;
    const clipped = turf.bboxClip(f, BASEMAP_BBOX);
    const area = turf.area(clipped);
    if (area < 1e6) continue;
    features.push({
      type: 'Feature',
      properties: { kind: 'country', iso: meta.iso, name: meta.name },
      geometry: roundGeometry(clipped.geometry),
    });
  }
  const borders = mesh(
    topology,
    { type: 'GeometryCollection', geometries: keep } as GeometryCollection,
    (a, b) => a !== b,
  ) as MultiLineString;
  const clippedLines: number[][][] = [];
  for (const line of borders.coordinates) {
    const c = turf.bboxClip(turf.lineString(line), BASEMAP_BBOX).geometry;
    const parts = (c.type === 'LineString' ? [c.coordinates] : c.coordinates) as number[][][];
    for (const p of parts) if (p.length >= 2) clippedLines.push(p);
  }
  features.push({
    type: 'Feature',
    properties: { kind: 'border' },
    geometry: roundGeometry({ type: 'MultiLineString', coordinates: clippedLines }),
  });
  return { type: 'FeatureCollection', features };
}
