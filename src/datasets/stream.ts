/**
 * The streaming path for files too large to read into memory (a treasury export of
 * millions of rows): bytes flow from a read stream through a strict UTF-8 decoder into
 * papaparse chunk by chunk, and each cell goes through its column's zod schema, the same
 * schemas parseCsvDataset uses. Problems carry spreadsheet row numbers; the first
 * `maxProblems` are kept and the rest only counted, so memory stays flat however bad the
 * file is. One pass, no look-ahead: it works on pipes as well as files.
 */
import { createReadStream } from 'node:fs';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import Papa from 'papaparse';
import { GoodValues } from './cell-cache.ts';
import { detectDelimiter, newlinesBeforeBadByte } from './csv.ts';
import { cellProblems, headerProblems, type CsvDataset } from './define.ts';
import { KeyIndex } from './key-index.ts';
import type { Problem } from './problems.ts';

export interface StreamResult {
  /** Data rows read (blank lines excluded). */
  rows: number;
  /** Rows that passed every check. */
  validRows: number;
  /** The first problems found, at most `maxProblems`. */
  problems: Problem[];
  /** All problems found, kept or not. */
  problemCount: number;
  errorCount: number;
  bytes: number;
}

export interface StreamOptions {
  /** Name for messages; defaults to the dataset's file name. */
  file?: string;
  maxProblems?: number;
  /** Read-stream buffer size in bytes (when given a path). */
  highWaterMark?: number;
  /** Called with each problem as soon as it is found. */
  onProblem?: (problem: Problem) => void;
}

/** Decodes UTF-8 strictly across chunk boundaries, drops a BOM, stops at UTF-16 or a bad byte. */
class Utf8Decoder extends Transform {
  private decoder = new TextDecoder('utf-8', { fatal: true });
  private lines = 1;
  private first = true;
  private owed = 0;
  bytes = 0;
  utf16 = false;
  badLine: number | undefined;

  constructor() {
    // Hold few decoded chunks: papaparse takes them as fast as it can parse.
    super({ readableObjectMode: true, readableHighWaterMark: 2 });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.badLine !== undefined || this.utf16) return done();
    if (this.first && chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
      this.utf16 = true;
      this.push(null);
      return done();
    }
    this.bytes += chunk.length;
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      this.badLine = this.lines + newlinesBeforeBadByte(chunk, this.owed);
      this.push(null);
      return done();
    }
    if (this.first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.first = false;
    }
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) this.lines++;
    this.owed = owedBytes(chunk);
    done(null, text || undefined);
  }

  override _flush(done: TransformCallback): void {
    if (this.badLine !== undefined || this.utf16) return done();
    try {
      done(null, this.decoder.decode() || undefined);
    } catch {
      this.badLine = this.lines;
      done();
    }
  }
}

/** Bytes still owed to a character cut by the end of `bytes` (0 when it ends whole). */
function owedBytes(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if (b < 0x80) return 0;
    if (b >= 0xc0) {
      const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return Math.max(0, len - back);
    }
  }
  return 0;
}

interface ColumnCheck {
  name: string;
  schema: CsvDataset['columns'][string];
  good: GoodValues;
}

/**
 * Validates a CSV file (a path or a byte stream) of `dataset` without holding it in memory.
 * @example await validateCsvStream(transactions, 'bench/out/synth/transactions.csv') // { rows: 1000000, problems: [], ... }
 */
export async function validateCsvStream(dataset: CsvDataset, source: string | Readable, options: StreamOptions = {}): Promise<StreamResult> {
  const file = options.file ?? dataset.file;
  const maxProblems = options.maxProblems ?? 1000;
  const result: StreamResult = { rows: 0, validRows: 0, problems: [], problemCount: 0, errorCount: 0, bytes: 0 };
  const report = (p: Problem) => {
    result.problemCount++;
    if (p.severity === 'error') result.errorCount++;
    if (result.problems.length < maxProblems) result.problems.push(p);
    options.onProblem?.(p);
  };

  const keys = new KeyIndex();
  let headers: string[] | undefined;
  let keyColumns: number[] = [];
  let checks: Array<ColumnCheck | undefined> = [];
  let records = 0; // records read so far, header included: a record's row is its position, as readCsv counts

  const readHeader = (cells: string[]): boolean => {
    if (cells.every((c) => c.trim() === '')) return true; // blank lines before the header
    headers = cells.map((h) => h.trim());
    const seen = new Set<string>();
    headers.forEach((h, i) => {
      if (h === '') report({ code: 'blank-header', severity: 'error', file, row: 1, params: { position: i + 1 } });
      else if (seen.has(h)) report({ code: 'duplicate-header', severity: 'error', file, row: 1, column: h, value: h });
      seen.add(h);
    });
    const header = headerProblems(dataset, headers, file);
    header.problems.forEach(report);
    if (header.missing) return false;
    keyColumns = dataset.key.map((k) => headers!.indexOf(k));
    const taken = new Set<string>();
    checks = headers.map((name) => {
      const schema = dataset.columns[name];
      if (!schema || taken.has(name)) return undefined;
      taken.add(name);
      return { name, schema, good: new GoodValues() };
    });
    return true;
  };

  const readRow = (cells: string[], row: number): void => {
    if (cells.every((c) => c === '' || c.trim() === '')) return; // blank lines Excel leaves at the end
    result.rows++;
    if (cells.length !== headers!.length) {
      report({ code: 'ragged-row', severity: 'error', file, row, params: { found: cells.length, expected: headers!.length } });
      return;
    }
    let valid = true;
    for (let i = 0; i < checks.length; i++) {
      const check = checks[i];
      const raw = cells[i]!;
      if (!check || check.good.has(raw)) continue;
      const parsed = check.schema.safeParse(raw);
      if (parsed.success) check.good.add(raw);
      else {
        valid = false;
        cellProblems(parsed.error, { [check.name]: raw }, file, row, check.name).forEach(report);
      }
    }
    if (!valid) return;
    if (keyColumns.length > 0) {
      const first = keys.firstRow(keyColumns.map((i) => cells[i]).join('\u0000'), row);
      if (first !== undefined) {
        report({ code: 'duplicate-id', severity: 'error', file, row, column: dataset.key.join('+'), value: keyColumns.map((i) => cells[i]).join(' + '), params: { first } });
        return;
      }
    }
    result.validRows++;
  };

  const input = typeof source === 'string' ? createReadStream(source, { highWaterMark: options.highWaterMark ?? 64 * 1024 }) : source;
  const decoder = new Utf8Decoder();
  await new Promise<void>((resolve, reject) => {
    input.on('error', reject);
    Papa.parse<string[]>(input.pipe(decoder), {
      delimiter: (first: string) => detectDelimiter(first),
      header: false,
      skipEmptyLines: false,
      chunk: (results, parser) => {
        // Papa numbers error rows within the chunk.
        for (const e of results.errors) {
          report({ code: 'csv-syntax', severity: 'error', file, row: records + 1 + (e.row ?? 0), params: { kind: e.code } });
        }
        for (const cells of results.data) {
          records++;
          if (!headers) {
            if (!readHeader(cells)) return parser.abort();
          } else readRow(cells, records);
        }
      },
      complete: () => resolve(),
      error: (e: Error) => reject(e),
    });
  });
  input.unpipe(decoder);
  if (typeof source === 'string') input.destroy();
  result.bytes = decoder.bytes;
  if (decoder.utf16) report({ code: 'encoding-utf16', severity: 'error', file });
  else if (decoder.badLine !== undefined) report({ code: 'encoding-not-utf8', severity: 'error', file, params: { line: decoder.badLine } });
  else if (!headers) report({ code: 'empty-file', severity: 'error', file });
  return result;
}
