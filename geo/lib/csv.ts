/**
 * Reading the CSV records of geo/sources/ (csv-parse), with every problem
 * named by file, line and column, so a historian editing a spreadsheet can
 * find it.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export class CsvError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** A column: its name and a check that returns an error message, or null when the value is fine. */
export interface Column {
  name: string;
  check?: (value: string) => string | null;
  required?: boolean;
  /**
   * A column added at the end of a file: a header or a row may stop before it (it then reads as empty), so files
   * and rows written before it existed still read. Only the last columns of a file can be omittable.
   */
  omittable?: boolean;
}

export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/**
 * Parses `path` (shown as `label` in messages). The header must list exactly
 * the given columns, in that order (omittable columns at the end may be left
 * out, and a row may stop before them). Returns the rows, or throws a CsvError
 * listing every bad field.
 */
export function readCsv(path: string, label: string, columns: readonly Column[]): CsvRow[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CsvError([`${label}: cannot be read (${(e as Error).message})`]);
  }
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    records = parse(text, {
      info: true,
      raw: true,
      skip_empty_lines: true,
      relax_column_count: true,
      bom: true,
    }) as unknown as typeof records;
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new CsvError([`${label}:${err.lines ?? '?'}: not valid CSV (${err.message})`]);
  }
  const problems: string[] = [];
  const [head, ...body] = records;
  const expected = columns.map((c) => c.name);
  // The columns every header and row must have: all but the omittable ones at the end.
  let least = columns.length;
  while (least > 0 && columns[least - 1]!.omittable) least--;
  const omittable = columns.length - least;
  const may = omittable ? ` (the last ${omittable === 1 ? 'column' : `${omittable} columns`} may be left out)` : '';
  if (!head) throw new CsvError([`${label}: empty file (the first line must be the header: ${expected.join(',')}${may})`]);
  const width = head.record.length;
  if (width < least || width > columns.length || head.record.join(',') !== expected.slice(0, width).join(',')) {
    throw new CsvError([
      `${label}:${firstLine(head.info.lines, head.raw)}: the header must be "${expected.join(',')}"${may}, not "${head.record.join(',')}"`,
    ]);
  }
  const rows: CsvRow[] = [];
  for (const { record, raw, info } of body) {
    // csv-parse counts lines to the end of a record; a quoted field can span lines (Alt+Enter in a spreadsheet).
    const line = firstLine(info.lines, raw);
    if (record.length < least || record.length > width) {
      const count = least === width ? `${width}` : `${least} to ${width}`;
      problems.push(`${label}:${line}: ${record.length} fields, expected ${count} (${expected.slice(0, width).join(',')})`);
      continue;
    }
    const values: Record<string, string> = {};
    columns.forEach((c, i) => {
      const v = (record[i] ?? '').trim();
      values[c.name] = v;
      if (v === '') {
        if (c.required) problems.push(`${label}:${line}: column "${c.name}" is empty`);
        return;
      }
      const msg = c.check?.(v);
      if (msg) problems.push(`${label}:${line}: column "${c.name}": ${msg}`);
    });
    rows.push({ line, values });
  }
  if (problems.length) throw new CsvError(problems);
  return rows;
}

/** The line a record starts on, from the line it ends on and its raw text. */
function firstLine(lastLine: number, raw: string): number {
  return lastLine - (raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
}

export const oneOf =
  (allowed: readonly string[]) =>
  (v: string): string | null =>
    allowed.includes(v) ? null : `"${v}" is not one of ${allowed.join(', ')}`;

export const numberIn =
  (min: number, max: number) =>
  (v: string): string | null => {
    const n = Number(v);
    if (!/^-?\d+(\.\d+)?$/.test(v) || !Number.isFinite(n)) return `"${v}" is not a decimal number`;
    return n < min || n > max ? `${v} is outside ${min}…${max}` : null;
  };
