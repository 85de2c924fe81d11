/**
 * The data version: a short hash of the data of record (every file under geo/sources/, events.json and
 * clauses.json), written by geo:build into derived/version.json. The app shows it, writes it into its links (`v=`)
 * and its citations, and names the files it offers for download with it, so a reader can tell which data a link or a
 * figure was made with. Line endings are normalised, so a checkout that turns them into CRLF keeps the same version.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Hex digits kept: 10 (40 bits) tell versions apart with room to spare and stay short in a link. */
export const VERSION_LENGTH = 10;

/** The files under `dir` (all depths), as paths relative to it with forward slashes, sorted. Also used by vite.config.ts. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

/** The version of the data of record in `sourcesDir` and beside it in `geoDir`, and the files it was computed from. */
export function dataVersion(sourcesDir: string, geoDir: string): { version: string; files: string[] } {
  const files = [
    ...filesUnder(sourcesDir).map((f) => ({ label: `sources/${f}`, path: join(sourcesDir, f) })),
    ...['events.json', 'clauses.json'].map((f) => ({ label: f, path: join(geoDir, f) })),
  ];
  const hash = createHash('sha256');
  for (const f of files) {
    const text = readFileSync(f.path, 'utf8').replace(/\r\n/g, '\n');
    hash.update(`${f.label}\0${text.length}\0${text}\0`);
  }
  return { version: hash.digest('hex').slice(0, VERSION_LENGTH), files: files.map((f) => f.label) };
}
