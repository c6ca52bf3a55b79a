/**
 * Reads the first sheet of an .xlsx workbook (as Excel or LibreOffice save it) into the shape
 * `readCsv` gives, so the same header and cell checks run on it: headers from row 1, rows
 * numbered as the spreadsheet shows them, every cell as the text a person would type for it
 * in a CSV the validator accepts.
 */
import ExcelJS from 'exceljs';
import { headerNameProblems, type CsvRow } from './csv.ts';
import { problem, type Problem } from './problems.ts';

export interface SheetTable {
  headers: string[];
  rows: CsvRow[];
  problems: Problem[];
}

const { ValueType } = ExcelJS;

/** "A", "B", ... "Z", "AA": the column letters the spreadsheet shows. */
export function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** A number without exponent, e.g. 1e-7 → "0.0000001", 1.5e21 → "1500000000000000000000". */
function plainDigits(value: number): string {
  const text = String(value);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, whole, fraction = '', exp] = m;
  const digits = whole! + fraction;
  const point = whole!.length + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * A stored number as a person would type it in a Russian-locale sheet: at most the 15
 * significant digits Excel shows (0.1+0.2 gives "0,3", not 0.30000000000000004), no
 * exponent, no grouping, a decimal comma (parseNumber reads "1234,5" as 1234.5). A format of
 * only zeros ("0000000") pads codes stored as numbers, as the sheet shows them.
 * @example formatNumber(84320.5) // '84320,5'
 * @example formatNumber(111010, '0000000') // '0111010'
 */
export function formatNumber(value: number, numFmt?: string): string {
  const rounded = Number(value.toPrecision(15));
  const text = plainDigits(Object.is(rounded, -0) ? 0 : rounded).replace('.', ',');
  const pad = numFmt !== undefined && /^0+$/.test(numFmt) ? numFmt.length : 0;
  if (pad > 0 && Number.isInteger(rounded) && rounded >= 0) return text.padStart(pad, '0');
  return text;
}

const two = (n: number) => String(n).padStart(2, '0');

/** What a date format shows, outside quoted text and [colour]/[$-419] parts. */
function dateParts(numFmt: string | undefined): { day: boolean; month: boolean; year: boolean } {
  const f = (numFmt ?? '').replace(/\[[^\]]*]|"[^"]*"|\\./g, '').toLowerCase();
  // "m" between "h" and "s" is minutes; a month shows in a format with a day or a year.
  return { day: /d/.test(f), year: /y/.test(f), month: /m/.test(f.replace(/h+[^a-z]*m+|m+[^a-z]*s+/g, '')) };
}

/**
 * A date cell as an ISO date, at the precision its format shows: "2013-01-26", a month
 * "2013-03" (format "MM.YYYY"), a year "2013" (format "YYYY"). A time of day, which the date
 * columns do not take, is kept ("2013-01-26 14:30") so the check reports the cell.
 */
export function formatDate(date: Date, numFmt?: string): string {
  const y = date.getUTCFullYear();
  const ymd = `${y}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
  const time = date.getUTCHours() * 60 + date.getUTCMinutes();
  const hm = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
  const shows = dateParts(numFmt);
  if (y === 1899 && !shows.day && !shows.year) return hm; // a time alone: Excel counts from 1899-12-30
  if (time !== 0) return `${ymd} ${hm}`;
  if (!shows.day && shows.month && shows.year) return ymd.slice(0, 7);
  if (!shows.day && !shows.month && shows.year) return String(y);
  return ymd;
}

/** A cell's text, or why it has none. */
type CellText = { text: string } | { formula: string } | { error: string };

function plainValue(value: unknown, numFmt: string | undefined): CellText {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: formatNumber(value, numFmt) };
  if (typeof value === 'boolean') return { text: value ? 'true' : 'false' };
  if (value instanceof Date) return { text: formatDate(value, numFmt) };
  const v = value as { richText?: Array<{ text: string }>; text?: unknown; error?: string };
  if (v.richText) return { text: v.richText.map((run) => run.text).join('') };
  if (v.error !== undefined) return { error: v.error };
  if (v.text !== undefined) return plainValue(v.text, numFmt); // a hyperlink: its shown text
  return { text: String(value) };
}

/** The text of one cell; formulas by the result the saving program stored. */
export function cellText(cell: ExcelJS.Cell): CellText {
  if (cell.type === ValueType.Merge) return { text: '' }; // CSV exports leave covered cells empty
  if (cell.type === ValueType.Formula) {
    // `cell.value` drops a stored result of 0, "" or false; `cell.result` keeps it.
    const result: unknown = cell.result;
    if (result === undefined) return { formula: cell.formula ?? '' };
    return plainValue(result, cell.numFmt);
  }
  return plainValue(cell.value, cell.numFmt);
}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Recognises files that are not .xlsx before the zip reader fails on them with its own words. */
function wrongKind(bytes: Uint8Array, file: string): Problem | undefined {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  if (startsWith(bytes, ZIP)) {
    return head.includes('application/vnd.oasis.opendocument') ? problem('xlsx-wrong-format', { file, params: { format: 'ods' } }) : undefined;
  }
  if (startsWith(bytes, OLE)) {
    // An encrypted .xlsx is an OLE container with an "EncryptionInfo" stream; otherwise it is an .xls.
    const encrypted = Buffer.from(bytes).includes(Buffer.from('EncryptionInfo', 'utf16le'));
    return encrypted ? problem('xlsx-encrypted', { file }) : problem('xlsx-wrong-format', { file, params: { format: 'xls' } });
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 2000));
  if (bytes.length > 0 && !/[\x00-\x08\x0e-\x1f]/.test(text)) return problem('xlsx-wrong-format', { file, params: { format: 'text' } });
  return problem('xlsx-corrupt', { file });
}

/** The sheet staff see first: the first one not hidden. */
function firstSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((s) => s.state === 'visible' || s.state === undefined) ?? workbook.worksheets[0];
}

const hasValues = (sheet: ExcelJS.Worksheet): boolean => sheet.actualRowCount > 0;

interface Grid {
  /** Row number → column number → text, only for cells with text. */
  cells: Map<number, Map<number, string>>;
  width: number;
  /** Rows with a cell the reader cannot turn into text. */
  unreadable: Set<number>;
  problems: Problem[];
}

/** Every cell's text, with problems for unreadable cells and merged ranges. */
function readGrid(sheet: ExcelJS.Worksheet, file: string): Grid {
  const grid: Grid = { cells: new Map(), width: 0, unreadable: new Set(), problems: [] };
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ValueType.Merge) {
        const master = cell.master;
        const m = merges.get(master.address) ?? { top: Number(master.row), left: Number(master.col), bottom: r, right: c };
        merges.set(master.address, { ...m, bottom: Math.max(m.bottom, r), right: Math.max(m.right, c) });
      }
      const got = cellText(cell);
      const where = { file, row: r, params: { cell: cell.address } };
      if ('formula' in got) {
        grid.problems.push(problem('xlsx-formula-no-value', { ...where, column: String(c), params: { ...where.params, formula: got.formula } }));
        grid.unreadable.add(r);
      } else if ('error' in got) {
        grid.problems.push(problem('xlsx-error-cell', { ...where, column: String(c), value: got.error, params: { ...where.params, error: got.error } }));
        grid.unreadable.add(r);
      }
      const text = 'text' in got ? got.text : '';
      if (text === '') return;
      let cells = grid.cells.get(r);
      if (!cells) grid.cells.set(r, (cells = new Map()));
      cells.set(c, text);
      if (text.trim() !== '') grid.width = Math.max(grid.width, c); // spaces alone widen nothing
    });
  });
  for (const [first, m] of merges) {
    const range = `${first}:${columnLetters(m.right)}${m.bottom}`;
    grid.problems.push(problem('xlsx-merged-cells', { file, row: m.top, column: String(m.left), params: { range, first } }));
  }
  return grid;
}

async function loadWorkbook(bytes: Uint8Array, file: string): Promise<{ workbook: ExcelJS.Workbook } | { problem: Problem }> {
  const wrong = wrongKind(bytes, file);
  if (wrong) return { problem: wrong };
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs' types ask for its own Buffer type; a Node Buffer over the same bytes is one.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return { problem: problem('xlsx-corrupt', { file }) };
  }
  return { workbook };
}

/**
 * Reads an .xlsx file's bytes into rows of string cells, like `readCsv`: the same header
 * problems (blank, duplicate), blank rows skipped, empty trailing columns ignored. A row with an
 * error cell or a formula without a stored result is reported and left out, as `readCsv`
 * leaves out a ragged row. Column names in problems are the header's (or the column number).
 * @example (await readXlsx(bytes, 'budget.xlsx')).rows[0] // { row: 2, cells: { year: '2024', code: '0111010', ... } }
 */
export async function readXlsx(bytes: Uint8Array, file: string): Promise<SheetTable> {
  const loaded = await loadWorkbook(bytes, file);
  if ('problem' in loaded) return { headers: [], rows: [], problems: [loaded.problem] };
  const sheet = firstSheet(loaded.workbook);
  if (!sheet || !hasValues(sheet)) return { headers: [], rows: [], problems: [{ code: 'empty-file', severity: 'error', file }] };
  const problems: Problem[] = [];
  const others = loaded.workbook.worksheets.filter((s) => s !== sheet && hasValues(s)).map((s) => `«${s.name}»`);
  if (others.length > 0) problems.push(problem('xlsx-other-sheets', { file, params: { sheet: sheet.name, others: others.join(', ') } }));

  const grid = readGrid(sheet, file);
  const filled = (r: number) => grid.unreadable.has(r) || [...(grid.cells.get(r)?.values() ?? [])].some((t) => t.trim() !== '');
  const headerCells = grid.cells.get(1);
  if (!headerCells || !filled(1)) {
    const first = Math.min(...[...grid.cells.keys()].filter(filled));
    if (Number.isFinite(first)) problems.push(problem('xlsx-header-not-in-row-1', { file, row: 1, params: { first } }));
    else problems.push({ code: 'empty-file', severity: 'error', file });
    return { headers: [], rows: [], problems: [...problems, ...grid.problems] };
  }
  const headers = Array.from({ length: grid.width }, (_, i) => (headerCells.get(i + 1) ?? '').trim());
  // Problems found while reading carry the column number; staff know the column by its header.
  const named = ({ column, ...p }: Problem): Problem => {
    const name = column === undefined ? '' : (headers[Number(column) - 1] ?? '');
    return name === '' ? p : { ...p, column: name };
  };
  problems.push(...grid.problems.map(named));
  problems.push(...headerNameProblems(headers, file));

  const rows: CsvRow[] = [];
  for (const r of [...grid.cells.keys()].sort((a, b) => a - b)) {
    if (r === 1 || grid.unreadable.has(r) || !filled(r)) continue; // blank rows, as readCsv skips them
    const cells = grid.cells.get(r)!;
    const record: Record<string, string> = {};
    headers.forEach((h, i) => {
      if (h !== '' && !(h in record)) record[h] = cells.get(i + 1) ?? '';
    });
    rows.push({ row: r, cells: record });
  }
  return { headers, rows, problems };
}
