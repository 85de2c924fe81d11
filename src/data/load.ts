/**
 * Loads the data files the app ships (served from its own origin, hashed by
 * Vite). A missing or corrupt file is reported by name and reason.
 */
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import atlasUrl from '../../geo/atlas.topojson?url';
import linesUrl from '../../geo/lines.geojson?url';
import placesUrl from '../../geo/places.geojson?url';
import eventsUrl from '../../geo/events.json?url';
import clausesUrl from '../../geo/clauses.json?url';
import logUrl from '../../geo/log.json?url';
import type { ClausesFile, EventRecord, LogFile } from '../model/types.ts';

/** Absolute URLs of the data files MapLibre's worker loads itself (the cells and units come decoded from atlas.topojson). */
export function dataUrls(base = document.baseURI) {
  return {
    lines: new URL(linesUrl, base).href,
    places: new URL(placesUrl, base).href,
  };
}

export interface LoadedData {
  zones: FeatureCollection;
  boundaries: FeatureCollection;
  lines: FeatureCollection;
  places: FeatureCollection;
  events: { events: EventRecord[] };
  clauses: ClausesFile;
}

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

async function fetchJson(name: string, url: string, check: (v: unknown) => boolean): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new DataLoadError(name, `could not be fetched (${(e as Error).message})`);
  }
  if (!res.ok) throw new DataLoadError(name, `the server answered ${res.status} ${res.statusText}`.trim());
  let value: unknown;
  try {
    value = await res.json();
  } catch {
    throw new DataLoadError(name, 'is not valid JSON (the file is corrupt or truncated)');
  }
  if (!check(value)) throw new DataLoadError(name, 'does not have the expected structure');
  return value;
}

const isCollection = (v: unknown) =>
  typeof v === 'object' &&
  v !== null &&
  (v as FeatureCollection).type === 'FeatureCollection' &&
  Array.isArray((v as FeatureCollection).features);
const isAtlasTopology = (v: unknown) => {
  const t = v as Topology;
  return (
    typeof v === 'object' && v !== null && t.type === 'Topology' && Array.isArray(t.arcs) && !!t.objects?.zones && !!t.objects?.boundaries
  );
};
const isEvents = (v: unknown) => typeof v === 'object' && v !== null && Array.isArray((v as { events?: unknown }).events);
const isClauses = (v: unknown) => typeof v === 'object' && v !== null && Array.isArray((v as { clauses?: unknown }).clauses);

export async function loadData(): Promise<LoadedData> {
  const [topo, lines, places, events, clauses] = await Promise.all([
    fetchJson('atlas.topojson', atlasUrl, isAtlasTopology) as Promise<Topology>,
    fetchJson('lines.geojson', linesUrl, isCollection),
    fetchJson('places.geojson', placesUrl, isCollection),
    fetchJson('events.json', eventsUrl, isEvents),
    fetchJson('clauses.json', clausesUrl, isClauses),
  ]);
  let zones: FeatureCollection, boundaries: FeatureCollection;
  try {
    zones = feature(topo, topo.objects.zones!) as FeatureCollection;
    boundaries = feature(topo, topo.objects.boundaries!) as FeatureCollection;
  } catch (e) {
    throw new DataLoadError('atlas.topojson', `could not be decoded (${(e as Error).message})`);
  }
  return { zones, boundaries, lines, places, events, clauses } as LoadedData;
}

const isLog = (v: unknown) =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as LogFile).rows) &&
  typeof (v as LogFile).places === 'object' &&
  (v as LogFile).places !== null;

/** geo/log.json, the sources and notes behind the cells: not needed for the first coloured frame, so loaded after it. */
export async function loadLog(): Promise<LogFile> {
  return (await fetchJson('log.json', logUrl, isLog)) as LogFile;
}
