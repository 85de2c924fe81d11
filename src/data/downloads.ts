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
import { tr } from '../i18n/index.ts';

/** The data version of the build: a short hash of the data of record (geo/lib/version.ts). */
export const DATA_VERSION: string = version;

/** The files, each with its licence as geo/README.md states it (Upstream datasets; Licence of derived data). */
const FILES = [
  { key: 'changes', href: changesUrl, name: 'changes.csv', format: 'CSV', licence: 'cc0' },
  { key: 'places', href: placesCsvUrl, name: 'places.csv', format: 'CSV', licence: 'cc0GeoNames' },
  { key: 'cells', href: zonesUrl, name: 'cells.geojson', format: 'GeoJSON', licence: 'odbl' },
  { key: 'units', href: boundariesUrl, name: 'units-1988.geojson', format: 'GeoJSON', licence: 'odbl' },
  { key: 'lines', href: linesUrl, name: 'lines.geojson', format: 'GeoJSON', licence: 'cc0Borders' },
] as const;

/** The files offered for download, described in the interface's language. */
export function dataFiles(): DataFile[] {
  return FILES.map((f) => ({
    label: tr.files[f.key],
    href: f.href,
    filename: `ceasefire-atlas-${DATA_VERSION}-${f.name}`,
    format: f.format,
    licence: tr.licences[f.licence],
  }));
}
