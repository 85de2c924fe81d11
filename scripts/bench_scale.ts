/**
 * The synthetic atlas of `npm run bench -- --scale N`: the same region, the same histories and the same files, with N
 * times the territory cells and the settlements, so the app runs its own code path on more data.
 *
 * Every cell is cut into N strips of equal width across its bounding box (turf `intersect`); each strip keeps the
 * cell's history, so a date change changes N times as many cells. Every settlement in a cut cell gets N − 1 copies,
 * one at a point inside each other strip, each pointing to its own strip, as the real places point to their cells.
 * Settlements outside the cells are copied a few hundred metres apart. The lines, events and clauses stay as they are.
 * Nothing here is data of record: the files exist only in the bench's copy of the built app.
 */
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { area, bbox, bboxPolygon, booleanPointInPolygon, featureCollection, intersect, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

/** As geo/lib/build_all.ts writes atlas.topojson. */
const QUANTIZATION = 1e5;

type Area = Feature<Polygon | MultiPolygon>;

export interface ScaledAtlas {
  /** The files' new contents, by the name of the file they replace. */
  atlasTopojson: string;
  placesGeojson: string;
  /** For the bare page B, which draws geo/zones.geojson. */
  zonesGeojson: string;
  cells: number;
  places: number;
}

/** Cuts a cell into `n` strips of equal width (fewer when a strip misses a cell that is not convex). */
function strips(cell: Area, n: number): Area[] {
  if (n === 1) return [cell];
  const [w, s, e, north] = bbox(cell);
  const out: Area[] = [];
  for (let k = 0; k < n; k++) {
    const box = bboxPolygon([w + ((e - w) * k) / n, s, w + ((e - w) * (k + 1)) / n, north]);
    const piece = intersect(featureCollection<Polygon | MultiPolygon>([cell, box]));
    if (piece) out.push(piece as Area);
  }
  return out.length ? out : [cell];
}

export function scaleAtlas(n: number, geoDir: URL): ScaledAtlas {
  const topo = JSON.parse(readFileSync(new URL('atlas.topojson', geoDir), 'utf8')) as Topology;
  const zones = feature(topo, topo.objects.zones!) as FeatureCollection<Polygon | MultiPolygon>;
  const boundaries = feature(topo, topo.objects.boundaries!) as FeatureCollection;
  const places = JSON.parse(readFileSync(new URL('places.geojson', geoDir), 'utf8')) as FeatureCollection<Point>;

  const piecesOf = new Map<string, Area[]>();
  const cells: Area[] = [];
  for (const cell of zones.features) {
    const id = cell.properties!.id as string;
    const pieces = strips(cell, n).map((p, k) => ({
      type: 'Feature' as const,
      geometry: p.geometry,
      properties: {
        ...cell.properties,
        id: k === 0 ? id : `${id}~x${k}`,
        place: cell.properties!.place && k > 0 ? `${cell.properties!.place as string}~x${k}` : cell.properties!.place,
        area_km2: Math.round(area(p) / 1e5) / 10,
      },
    }));
    piecesOf.set(id, pieces);
    cells.push(...pieces);
  }

  const outPlaces: Feature<Point>[] = [];
  for (const place of places.features) {
    const zone = place.properties!.zone as string | undefined;
    const pieces = zone ? piecesOf.get(zone) : undefined;
    if (!pieces) {
      // Outside the cells: copies a few hundred metres apart, eastwards.
      for (let k = 0; k < n; k++) {
        const [x, y] = place.geometry.coordinates as [number, number];
        outPlaces.push({
          ...place,
          geometry: { type: 'Point', coordinates: [x + k * 0.004, y] },
          properties: { ...place.properties, id: k === 0 ? place.properties!.id : `${place.properties!.id as string}~x${k}` },
        });
      }
      continue;
    }
    // The original stays where it is, in whichever strip holds it; each other strip gets a copy inside it.
    const home = Math.max(
      0,
      pieces.findIndex((p) => booleanPointInPolygon(place.geometry, p)),
    );
    pieces.forEach((piece, k) => {
      const id = k === 0 ? (place.properties!.id as string) : `${place.properties!.id as string}~x${k}`;
      outPlaces.push({
        ...place,
        geometry: k === home ? place.geometry : pointOnFeature(piece).geometry,
        properties: { ...place.properties, id, zone: piece.properties!.id },
      });
    });
  }

  const zonesOut: FeatureCollection = { type: 'FeatureCollection', features: cells };
  return {
    atlasTopojson: JSON.stringify(topology({ zones: zonesOut, boundaries } as Parameters<typeof topology>[0], QUANTIZATION)),
    placesGeojson: JSON.stringify({ type: 'FeatureCollection', features: outPlaces }),
    zonesGeojson: JSON.stringify(zonesOut),
    cells: cells.length,
    places: outPlaces.length,
  };
}
