import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { citation as cite, citationKey, type CiteInput } from '../../src/model/cite.ts';
import { formatDay } from '../../src/model/calendar.ts';
import { en } from '../../src/i18n/en.ts';
import { ru } from '../../src/i18n/ru.ts';
import { dataVersion, VERSION_LENGTH } from '../../geo/lib/version.ts';

const input = {
  title: 'Territorial control around Nagorno-Karabakh on 10 November 2020: Agdam / Aghdam',
  day: '2020-11-10',
  url: 'https://example.org/atlas/#date=2020-11-10&sel=district:agdam&v=0123456789',
  accessed: '2026-12-07',
  version: '0123456789',
} as const;

const citation = (c: CiteInput) => cite(c, { ...en.cite.words, stop: '.', day: (d) => formatDay(d) });

describe('citation of a view', () => {
  const c = citation(input);

  it('names the project, the view, the version, the permalink and the access date in plain text', () => {
    expect(c.text).toBe(
      'Ceasefire Atlas. “Territorial control around Nagorno-Karabakh on 10 November 2020: Agdam / Aghdam.” Interactive map, data version 0123456789. https://example.org/atlas/#date=2020-11-10&sel=district:agdam&v=0123456789 (accessed 7 December 2026).',
    );
  });

  it('writes BibTeX with the title escaped and the permalink as it is (biblatex prints a URL verbatim)', () => {
    const odd = citation({ ...input, title: 'A_b & c 100% {x} #1 $' });
    expect(odd.bibtex).toContain('title = {{A\\_b \\& c 100\\% \\{x\\} \\#1 \\$}}');
    expect(/url = \{(.*)\},/.exec(c.bibtex)![1]).toBe(input.url);
    expect(c.bibtex.startsWith(`@misc{${citationKey(input)},`)).toBe(true);
    expect(c.bibtex).toContain('urldate = {2026-12-07}');
    // Braces balance: the entry is one group.
    const depth = [...c.bibtex.replace(/\\[{}]/g, '')].reduce((d, ch) => d + (ch === '{' ? 1 : ch === '}' ? -1 : 0), 0);
    expect(depth).toBe(0);
  });

  it('gives two views of the same day different keys, and the same view the same key', () => {
    expect(citationKey(input)).toMatch(/^ceasefire-atlas-2020-11-10-[0-9a-f]{8}$/);
    expect(citationKey({ ...input })).toBe(citationKey(input));
    expect(citationKey({ ...input, url: input.url.replace('agdam', 'fuzuli') })).not.toBe(citationKey(input));
  });

  it('names both days of a comparison', () => {
    expect(citation({ ...input, compare: '2020-09-26' }).bibtex).toContain(
      'note = {Map view of 10 November 2020 compared with 26 September 2020;',
    );
  });

  it("writes the citation in the reader's language, with its quotation marks and its way of writing a day", () => {
    const w = ru.cite.words;
    const r = cite(input, { ...w, stop: '.', day: (d) => formatDay(d, 'ru-RU') });
    expect(r.text).toContain(`${w.quotes[0]}${input.title}.${w.quotes[1]}`);
    expect(r.text).toContain('(' + w.accessed + ' 7 декабря 2026 г.)');
    expect(r.text).not.toContain('Interactive map');
    expect(r.bibtex).toContain(`howpublished = {${w.medium}}`);
    expect(JSON.parse(r.csl)[0].medium).toBe(w.medium);
  });

  it('writes CSL-JSON a reference manager can import', () => {
    const [item] = JSON.parse(c.csl) as Record<string, unknown>[];
    expect(item).toMatchObject({
      id: citationKey(input),
      type: 'map',
      title: input.title,
      author: [{ literal: 'Ceasefire Atlas' }],
      URL: input.url,
      accessed: { 'date-parts': [[2026, 12, 7]] },
      version: '0123456789',
    });
  });
});

describe('data version', () => {
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-version-'));
    cpSync('geo/sources', join(dir, 'sources'), { recursive: true });
    for (const f of ['events.json', 'clauses.json']) cpSync(join('geo', f), join(dir, f));
    return dir;
  };

  it('is the committed one for the committed data, and as long as stated', () => {
    const committed = JSON.parse(readFileSync('geo/derived/version.json', 'utf8')) as { version: string };
    expect(dataVersion('geo/sources', 'geo').version).toBe(committed.version);
    expect(committed.version).toMatch(new RegExp(`^[0-9a-f]{${VERSION_LENGTH}}$`));
  });

  it('changes with any edit to a file of record, and not with its line endings', () => {
    const dir = copy();
    const before = dataVersion(join(dir, 'sources'), dir).version;
    const csv = join(dir, 'sources', 'changes.csv');
    const text = readFileSync(csv, 'utf8');
    writeFileSync(csv, text.replace(/\n/g, '\r\n'));
    expect(dataVersion(join(dir, 'sources'), dir).version).toBe(before);
    writeFileSync(csv, text.replace('2020-11-08', '2020-11-09'));
    expect(dataVersion(join(dir, 'sources'), dir).version).not.toBe(before);
    writeFileSync(csv, text);
    writeFileSync(join(dir, 'events.json'), readFileSync(join(dir, 'events.json'), 'utf8') + ' ');
    expect(dataVersion(join(dir, 'sources'), dir).version).not.toBe(before);
  });
});
