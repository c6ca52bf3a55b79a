/**
 * The one CSV writer: cell texts in, file text out. Every CSV the project writes goes through
 * it, and what differs between those files is a `CsvFormat`, not another writer:
 * - downloads: "," (machine) or ";" with a BOM (the Excel copy), CRLF line ends;
 * - staff templates and new municipality folders: ";" with a BOM, "\n" (`STAFF_CSV`);
 * - synthetic data: "," or ";" (a treasury export), "\n", no BOM.
 * A cell is quoted only when it must be: when it holds the separator, a quote, a line break or
 * a BOM, or starts or ends with a space (the rule papaparse writes and reads back cell for cell).
 * Values become text before they get here (numbers, dates, lists are each caller's dialect);
 * text that a spreadsheet would run as a formula is made safe with `neutralise`.
 */
import type { CsvDataset } from './define.ts';

export interface CsvFormat {
  delimiter: ',' | ';';
  lineEnd: '\n' | '\r\n';
  /** A byte-order mark first, so a double-click opens the file as UTF-8 in Excel. */
  bom: boolean;
}

export const BOM = '\uFEFF';

/** The staff's files: what Excel in a Russian locale opens in columns and saves back. */
export const STAFF_CSV: CsvFormat = { delimiter: ';', lineEnd: '\n', bom: true };

const MUST_QUOTE: Record<CsvFormat['delimiter'], RegExp> = {
  ',': /[",\r\n\uFEFF]|^ | $/,
  ';': /[";\r\n\uFEFF]|^ | $/,
};

/** One cell, quoted (with quotes doubled) only when it must be. @example csvCell('a;b', ';') // '"a;b"' */
export function csvCell(text: string, delimiter: CsvFormat['delimiter']): string {
  return MUST_QUOTE[delimiter].test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line with its line end. */
export function csvLine(cells: readonly string[], format: CsvFormat): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i > 0 ? format.delimiter : '') + csvCell(cells[i]!, format.delimiter);
  return line + format.lineEnd;
}

/** The start of a file: the BOM, if the format has one, and the header line. */
export const csvHeader = (header: readonly string[], format: CsvFormat): string => (format.bom ? BOM : '') + csvLine(header, format);

/** A whole file: header, then rows. */
export function csvText(header: readonly string[], rows: Iterable<readonly string[]>, format: CsvFormat): string {
  let out = csvHeader(header, format);
  for (const row of rows) out += csvLine(row, format);
  return out;
}

/** A dataset's header: its declared columns, in order (never a hand-written list). */
export const headerOf = (dataset: CsvDataset): string[] => Object.keys(dataset.columns);

/** First characters that make Excel/LibreOffice read a cell as a formula (or a DDE command). */
const TRIGGER = /^[=+\-@\t\r]/;

/** True when the text, or the text after leading apostrophes, would start a formula. */
function needsPrefix(text: string): boolean {
  if (TRIGGER.test(text)) return true;
  return text.startsWith("'") && needsPrefix(text.slice(1));
}

/**
 * Prefixes formula-looking text with "'" (for text cells of published files; number cells
 * such as -1500 are never passed here). Text that already starts with "'" followed by such
 * text gets one more, so `restore` can undo it exactly: the mapping is reversible.
 * @example neutralise('=HYPERLINK("http://x","y")') // "'=HYPERLINK(\"http://x\",\"y\")"
 * @example neutralise('Road repair') // "Road repair"
 */
export function neutralise(text: string): string {
  return needsPrefix(text) ? `'${text}` : text;
}

/** The inverse of `neutralise`, for readers of our CSV. @example restore("'+1") // "+1" */
export function restore(cell: string): string {
  return cell.startsWith("'") && needsPrefix(cell.slice(1)) ? cell.slice(1) : cell;
}
