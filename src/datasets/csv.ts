/**
 * The one strict CSV reader. It takes bytes (so it can tell the encoding), accepts UTF-8
 * with or without a BOM, detects "," or ";" from the header line (a Russian-locale Excel
 * writes ";"), and yields every cell as a string: zod schemas convert them.
 */
import Papa from 'papaparse';
import type { Problem } from './problems.ts';

export interface CsvRow {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
  delimiter: string;
  problems: Problem[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Newlines in `bytes` before the first byte that is not valid UTF-8, starting at `from` (the
 * streaming reader skips the bytes that finish a character begun in its previous chunk). A
 * character cut off by the end of `bytes` counts as bad here; the streaming reader only calls
 * this on a chunk it could not decode.
 */
export function newlinesBeforeBadByte(bytes: Uint8Array, from = 0): number {
  let lines = 0;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) lines++;
    if (b < 0x80) continue;
    const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 0;
    if (len === 0 || i + len > bytes.length) return lines;
    try {
      utf8.decode(bytes.subarray(i, i + len));
      i += len - 1;
    } catch {
      return lines;
    }
  }
  return lines;
}

/** Decodes UTF-8 text, or returns the problem that explains how to re-save the file. */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: { code: 'encoding-utf16', severity: 'error', file } };
  }
  try {
    const text = utf8.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { problem: { code: 'encoding-not-utf8', severity: 'error', file, params: { line: 1 + newlinesBeforeBadByte(bytes) } } };
  }
}

/**
 * Cells as strings of their own, each distinct text once. Papaparse's cells are slices of the
 * file's text, and a slice keeps the whole text alive: a country's data held that way took
 * about twice its size, with every label repeated for every year.
 */
function ownCopies(): (cell: string) => string {
  const seen = new Map<string, string>();
  return (cell) => {
    let own = seen.get(cell);
    if (own === undefined) {
      own = Buffer.from(cell, 'utf8').toString('utf8');
      seen.set(own, own);
    }
    return own;
  };
}

/** Picks the delimiter that occurs most in the header line, outside quotes. */
export function detectDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0]!.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

/**
 * Reads a CSV file's bytes into rows of string cells, reporting encoding, syntax,
 * header and ragged-row problems with their row numbers.
 * @example readCsv(new TextEncoder().encode('a;b\n1;2'), 'x.csv').rows[0] // { row: 2, cells: { a: '1', b: '2' } }
 */
export function readCsv(bytes: Uint8Array, file: string): CsvTable {
  const decoded = decodeUtf8(bytes, file);
  if ('problem' in decoded) return { headers: [], rows: [], delimiter: ',', problems: [decoded.problem] };
  const text = decoded.text;
  const problems: Problem[] = [];
  if (text.trim() === '') {
    return { headers: [], rows: [], delimiter: ',', problems: [{ code: 'empty-file', severity: 'error', file }] };
  }
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false });
  for (const e of parsed.errors) {
    problems.push({ code: 'csv-syntax', severity: 'error', file, row: (e.row ?? 0) + 1, params: { kind: e.code } });
  }
  const [headerCells = [], ...records] = parsed.data;
  const headers = headerCells.map((h) => h.trim());
  problems.push(...headerNameProblems(headers, file));
  const rows: CsvRow[] = [];
  const own = ownCopies();
  records.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((c) => c.trim() === '')) return; // blank lines Excel leaves at the end
    if (cells.length !== headers.length) {
      problems.push({
        code: 'ragged-row',
        severity: 'error',
        file,
        row,
        params: { found: cells.length, expected: headers.length },
      });
      return;
    }
    const record: Record<string, string> = {};
    headers.forEach((h, i) => {
      if (h !== '' && !(h in record)) record[h] = own(cells[i] ?? '');
    });
    rows.push({ row, cells: record });
  });
  return { headers, rows, delimiter, problems };
}

/** Blank and repeated header names, as a spreadsheet's first row may have them (CSV and .xlsx alike). */
export function headerNameProblems(headers: readonly string[], file: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  headers.forEach((h, i) => {
    if (h === '') problems.push({ code: 'blank-header', severity: 'error', file, row: 1, params: { position: i + 1 } });
    else if (seen.has(h)) problems.push({ code: 'duplicate-header', severity: 'error', file, row: 1, column: h, value: h });
    seen.add(h);
  });
  return problems;
}
