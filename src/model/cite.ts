/**
 * A citation of one view of the atlas, in plain text, BibTeX and CSL-JSON. Pure: the caller gives the view's title,
 * its permalink, the day it was read and the data version; nothing here reads the page or the clock.
 */
import { formatDay, type IsoDay } from './calendar.ts';

/** Who the citations name as author: the project, as an organisation. */
export const CITED_AUTHOR = 'Ceasefire Atlas';

export interface CiteInput {
  /** What the view shows, e.g. "Territorial control around Nagorno-Karabakh on 10 November 2020: Agdam/Aghdam". */
  title: string;
  /** The day shown on the map. */
  day: IsoDay;
  /** The permalink of the view (with its data version). */
  url: string;
  /** The day the reader looked at it. */
  accessed: IsoDay;
  /** The data version (`derived/version.json`). */
  version: string;
}

/** A data file offered for download (src/data/downloads.ts). */
export interface DataFile {
  /** What the file holds, in a few words. */
  label: string;
  href: string;
  /** The name it is saved under: the project, the version and what it is. */
  filename: string;
  format: 'CSV' | 'GeoJSON';
  licence: string;
}

export interface Citation {
  text: string;
  bibtex: string;
  csl: string;
}

/** BibTeX's special characters in an ordinary field, escaped. */
function bibText(s: string): string {
  return s.replace(/[\\{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`)).replace(/[%&$#_]/g, (c) => `\\${c}`);
}

/** In a `url` field (read verbatim by biblatex and hyperref) only `%`, `#` and braces need a backslash. */
function bibUrl(s: string): string {
  return s.replace(/[%#{}]/g, (c) => `\\${c}`);
}

const parts = (day: IsoDay) => day.split('-').map(Number);

/** A key made of the project, the day shown and the version: the same view of the same data gives the same key. */
export function citationKey(c: CiteInput): string {
  return `ceasefire-atlas-${c.day}-${c.version}`;
}

export function citation(c: CiteInput): Citation {
  const note = `Map view of ${formatDay(c.day)}; data version ${c.version}`;
  const text = `${CITED_AUTHOR}. “${c.title}.” Interactive map, data version ${c.version}. ${c.url} (accessed ${formatDay(c.accessed)}).`;
  const bibtex = [
    `@misc{${citationKey(c)},`,
    `  author = {{${bibText(CITED_AUTHOR)}}},`,
    `  title = {{${bibText(c.title)}}},`,
    `  howpublished = {Interactive map},`,
    `  url = {${bibUrl(c.url)}},`,
    `  urldate = {${c.accessed}},`,
    `  version = {${c.version}},`,
    `  note = {${bibText(note)}}`,
    '}',
  ].join('\n');
  const csl = JSON.stringify(
    [
      {
        id: citationKey(c),
        type: 'map',
        title: c.title,
        author: [{ literal: CITED_AUTHOR }],
        medium: 'Interactive map',
        URL: c.url,
        accessed: { 'date-parts': [parts(c.accessed)] },
        version: c.version,
        note,
      },
    ],
    null,
    2,
  );
  return { text, bibtex, csl };
}
