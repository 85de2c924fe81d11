/** geo/sources/places.csv: one row per settlement, height or landmark (schema in geo/README.md). */
import { readCsv, oneOf, numberIn, CsvError, type Column } from './csv.ts';
import { checkSourceUrl } from './sources.ts';
import { DISTRICT_IDS, type DistrictId } from './districts.ts';

export const PLACE_KINDS = ['city', 'town', 'village', 'height', 'landmark'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
/** Kinds that carry land: each gets a territory cell. Landmarks (a monastery, a dam, a bridge) only anchor lines and labels. */
export const SETTLED_KINDS: readonly PlaceKind[] = ['city', 'town', 'village', 'height'];

export interface Place {
  id: string;
  kind: PlaceKind;
  unit: DistrictId | null;
  lat: number;
  lon: number;
  en: string;
  hy: string;
  hy_script: string;
  az: string;
  ru: string;
  coord_source: string;
  names_source: string;
  note: string;
  /** Elevation in metres (heights only), and its source. */
  ele_m: number | null;
  ele_source: string;
  line: number;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const checkId = (v: string) => (ID.test(v) ? null : `"${v}" must be lower-case letters, digits and single hyphens (e.g. boyuk-marjanli)`);

export const PLACE_COLUMNS: readonly Column[] = [
  { name: 'id', required: true, check: checkId },
  { name: 'kind', required: true, check: oneOf(PLACE_KINDS) },
  { name: 'unit', check: oneOf(DISTRICT_IDS) },
  { name: 'lat', required: true, check: numberIn(38.0, 41.5) },
  { name: 'lon', required: true, check: numberIn(44.0, 48.5) },
  { name: 'en', required: true },
  { name: 'hy' },
  { name: 'hy_script', check: (v) => (/[\u0531-\u058F]/.test(v) ? null : `"${v}" has no Armenian letters`) },
  { name: 'az' },
  { name: 'ru', check: (v) => (/[\u0400-\u04FF]/.test(v) ? null : `"${v}" has no Cyrillic letters`) },
  { name: 'coord_source', required: true, check: checkSourceUrl },
  { name: 'names_source', required: true, check: checkSourceUrl },
  { name: 'note' },
  // The elevation of a height, in metres, from the source in ele_source (the range's highest summit for a range).
  { name: 'ele_m', check: numberIn(-30, 5000), omittable: true },
  { name: 'ele_source', check: checkSourceUrl, omittable: true },
];

export function loadPlaces(path: string, label = 'geo/sources/places.csv'): Place[] {
  const rows = readCsv(path, label, PLACE_COLUMNS);
  const seen = new Map<string, number>();
  const problems: string[] = [];
  const places = rows.map(({ line, values: v }) => {
    const first = seen.get(v.id!);
    if (first) problems.push(`${label}:${line}: column "id": "${v.id}" is already used on line ${first}`);
    seen.set(v.id!, line);
    return {
      id: v.id!,
      kind: v.kind as PlaceKind,
      unit: (v.unit || null) as DistrictId | null,
      lat: Number(v.lat),
      lon: Number(v.lon),
      en: v.en!,
      hy: v.hy!,
      hy_script: v.hy_script!,
      az: v.az!,
      ru: v.ru!,
      coord_source: v.coord_source!,
      names_source: v.names_source!,
      note: v.note!,
      ele_m: v.ele_m ? Number(v.ele_m) : null,
      ele_source: v.ele_source ?? '',
      line,
    };
  });
  for (const p of places) {
    if (p.ele_m !== null && p.kind !== 'height')
      problems.push(`${label}:${p.line}: column "ele_m": only a height carries an elevation (this is a ${p.kind})`);
    if ((p.ele_m !== null) !== !!p.ele_source)
      problems.push(`${label}:${p.line}: columns "ele_m" and "ele_source": an elevation needs its source, and a source its elevation`);
  }
  if (problems.length) throw new CsvError(problems);
  return places;
}
