/**
 * CSV and JSON as the staff files are written: CSV with ";" and a byte-order mark, so a
 * double-click opens it in columns and in the right encoding in a Russian-locale Excel
 * (the reader takes "," too); `data/sources.json` in its hand-written layout, so adding an
 * entry changes only that entry's lines.
 */
import Papa from 'papaparse';

export const BOM = '\uFEFF';

/** A CSV file for Excel: BOM, ";" separators, "\n" line ends, header then rows. */
export function excelCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]> = []): string {
  const lines = [header, ...rows].map((r) => Papa.unparse([r as string[]], { delimiter: ';', newline: '\n' }));
  return `${BOM}${lines.join('\n')}\n`;
}

/** Objects one key a line; arrays of plain values inline, as data/sources.json is written. */
export function formatSourcesJson(entries: ReadonlyArray<Record<string, unknown>>): string {
  const value = (v: unknown): string => (Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : JSON.stringify(v));
  const entry = (e: Record<string, unknown>) =>
    `  {\n${Object.entries(e)
      .map(([k, v]) => `    ${JSON.stringify(k)}: ${value(v)}`)
      .join(',\n')}\n  }`;
  return entries.length === 0 ? '[]\n' : `[\n${entries.map(entry).join(',\n')}\n]\n`;
}
