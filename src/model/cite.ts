/**
 * A citation of one view of the atlas, in plain text, BibTeX and CSL-JSON. Pure: the caller gives the view's title,
 * its permalink, the day it was read and the data version, and the words of the citation in the reader's language
 * (`CiteWords`, from the interface's table); nothing here reads the page or the clock.
 */
import type { IsoDay } from './calendar.ts';

/** Who the citations name as author: the project, as an organisation. */
export const CITED_AUTHOR = 'Ceasefire Atlas';

export interface CiteInput {
  /** What the view shows, e.g. "Territorial control around Nagorno-Karabakh on 10 November 2020: Agdam/Aghdam". */
  title: string;
  /** The day shown on the map. */
  day: IsoDay;
  /** The day compared with, when the view compares two days. */
  compare?: IsoDay | null;
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

/** The words a citation is written in, and how it writes a day. */
export interface CiteWords {
  /** The kind of work: "Interactive map". */
  medium: string;
  /** "data version" */
  dataVersion: string;
  /** "accessed" */
  accessed: string;
  /** The note: "Map view of …". */
  view: (days: string) => string;
  /** "… compared with …" (days already written). */
  compared: (day: string, other: string) => string;
  /** Opening and closing quotation marks around the title. */
  quotes: readonly [string, string];
  /** The full stop (Armenian: ։). */
  stop: string;
  /** A day as the language writes it. */
  day: (d: IsoDay) => string;
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

const parts = (day: IsoDay) => day.split('-').map(Number);

/** FNV-1a (32 bits) of a string, as 8 hex digits: a short, stable fingerprint of a permalink. */
function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * A key made of the project, the day shown and a fingerprint of the permalink: the same view gives the same key, and
 * two views of the same day (another selection, place or comparison) get different keys.
 */
export function citationKey(c: CiteInput): string {
  return `ceasefire-atlas-${c.day}-${fingerprint(c.url)}`;
}

export function citation(c: CiteInput, w: CiteWords): Citation {
  const days = c.compare ? w.compared(w.day(c.day), w.day(c.compare)) : w.day(c.day);
  const note = `${w.view(days)}; ${w.dataVersion} ${c.version}; ${w.accessed} ${c.accessed}`;
  const [open, close] = w.quotes;
  const end = (s: string) => (s.endsWith(w.stop) ? s : `${s}${w.stop}`);
  const text = `${CITED_AUTHOR}${w.stop} ${open}${end(c.title)}${close} ${w.medium}, ${w.dataVersion} ${c.version}${w.stop} ${c.url} (${w.accessed} ${w.day(c.accessed)})${w.stop}`;
  const bibtex = [
    `@misc{${citationKey(c)},`,
    `  author = {{${bibText(CITED_AUTHOR)}}},`,
    `  title = {{${bibText(c.title)}}},`,
    `  howpublished = {${bibText(w.medium)}},`,
    // Braced, a URL needs no escape: biber and BibTeX read `#` and `%` inside braces as they are, and biblatex and
    // hyperref print the field verbatim (an escape would stay in the link).
    `  url = {${c.url}},`,
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
        medium: w.medium,
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
