/**
 * Broken data folders for tests: copy the bundled `data/` into a temp dir, then break
 * one file, so each fixture is small and realistic (the rest of the data stays valid).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { FIXTURE_DATA } from './fixture.ts';

/** Where the two seed municipalities live, relative to the data folder. */
export const OROZBEKOV = 'municipalities/orozbekov';
export const AK_CHIY = 'municipalities/ak-chiy-kachybek-sovetskoe';

const made: string[] = [];

/** A fresh copy of the fixture data folder in a temp dir; removed by `removeCopies()`. */
export function copyData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-data-'));
  cpSync(FIXTURE_DATA, dir, { recursive: true });
  made.push(dir);
  return dir;
}

export function removeCopies(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function readText(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

export function writeText(dir: string, file: string, text: string | Uint8Array): void {
  writeFileSync(join(dir, file), text);
}

/**
 * Sets one cell, addressed as a spreadsheet shows it: `row` 2 is the first data row.
 * Fails loudly if the row or column does not exist, so a test cannot silently break nothing.
 */
export function setCell(dir: string, file: string, row: number, column: string, value: string): void {
  const parsed = Papa.parse<Record<string, string>>(readText(dir, file), { header: true, skipEmptyLines: true });
  const fields = parsed.meta.fields ?? [];
  const record = parsed.data[row - 2];
  if (!record || !fields.includes(column)) throw new Error(`${file}: no row ${row} or column ${column}`);
  record[column] = value;
  writeText(dir, file, Papa.unparse(parsed.data, { columns: fields, newline: '\n' }) + '\n');
}

/** The cell's current text, same addressing as `setCell`. */
export function getCell(dir: string, file: string, row: number, column: string): string {
  const parsed = Papa.parse<Record<string, string>>(readText(dir, file), { header: true, skipEmptyLines: true });
  const value = parsed.data[row - 2]?.[column];
  if (value === undefined) throw new Error(`${file}: no row ${row} or column ${column}`);
  return value;
}
