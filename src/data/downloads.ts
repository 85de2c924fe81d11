/**
 * The data of record and the derived cells, units and lines, offered for download under names that carry the data
 * version, each with its licence. The files are the ones in geo/ (copied into the build by Vite, never loaded at start).
 */
import changesUrl from '../../geo/sources/changes.csv?url';
import placesCsvUrl from '../../geo/sources/places.csv?url';
import zonesUrl from '../../geo/zones.geojson?url';
import boundariesUrl from '../../geo/boundaries.geojson?url';
import linesUrl from '../../geo/lines.geojson?url';
import { version } from '../../geo/derived/version.json';
import type { DataFile } from '../model/cite.ts';

/** The data version of the build: a short hash of the data of record (geo/lib/version.ts). */
export const DATA_VERSION: string = version;

const file = (label: string, href: string, name: string, format: DataFile['format'], licence: string): DataFile => ({
  label,
  href,
  filename: `ceasefire-atlas-${DATA_VERSION}-${name}`,
  format,
  licence,
});

// Licences as geo/README.md states them (Upstream datasets; Licence of derived data).
export const DATA_FILES: readonly DataFile[] = [
  file(
    'The change log: who took control of which place or area on which day, with confidence and source',
    changesUrl,
    'changes.csv',
    'CSV',
    'CC0 1.0 (the project’s own work)',
  ),
  file(
    'The places: position, kind, 1988 unit and names in four usages, with sources',
    placesCsvUrl,
    'places.csv',
    'CSV',
    'CC0 1.0; positions taken from GeoNames are CC BY 4.0 (credit GeoNames)',
  ),
  file(
    'The territory cells with their derived histories',
    zonesUrl,
    'cells.geojson',
    'GeoJSON',
    'ODbL 1.0, derived in part from OpenStreetMap (© OpenStreetMap contributors)',
  ),
  file(
    'The eight 1988 units (the NKAO and the seven districts)',
    boundariesUrl,
    'units-1988.geojson',
    'GeoJSON',
    'ODbL 1.0, derived in part from OpenStreetMap (© OpenStreetMap contributors)',
  ),
  file(
    'The dated lines: the 1994 line of contact, the front of 10 November 2020, the corridor roads, the peacekeeping zone, the dated borders',
    linesUrl,
    'lines.geojson',
    'GeoJSON',
    'CC0 1.0; the dated borders ODbL 1.0 (© OpenStreetMap contributors)',
  ),
];
