/**
 * Fixture folders for validator tests: a temporary copy of data/ with one thing changed,
 * and the validator CLI run on it (Node 24 from node_modules), its table read back.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { detectDelimiter } from '../../src/datasets/csv.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

export const NODE = resolve('node_modules/.bin/node');

/** A fresh copy of the fixture data folder; returns its path. */
export function copyData(from = FIXTURE_DATA): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'data-fixture-')), 'data');
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Sets one cell, addressed as the validator reports it: spreadsheet row (header = 1) and column. */
export function setCell(dir: string, file: string, row: number, column: string, value: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const delimiter = detectDelimiter(text);
  const rows = Papa.parse<string[]>(text.trimEnd(), { delimiter }).data;
  const col = rows[0]!.indexOf(column);
  if (col < 0) throw new Error(`${file} has no column ${column}`);
  if (!rows[row - 1]) throw new Error(`${file} has no row ${row}`);
  rows[row - 1]![col] = value;
  writeFileSync(path, `${Papa.unparse(rows, { delimiter, newline: '\n' })}\n`);
}

export function editJson(dir: string, file: string, edit: (value: any) => void): void {
  const path = join(dir, file);
  const value = JSON.parse(readFileSync(path, 'utf8'));
  edit(value);
  writeFileSync(path, JSON.stringify(value, null, 2));
}

export interface ReportRow {
  file: string;
  row: number | undefined;
  column: string;
  value: string;
  severity: string;
  code: string;
}

const FILE_LINE = /^(?:municipalities\/\S+|sources\.json)$/;
const TABLE_ROW = /^\s+(\S+) \| (\S+)\s* \| (.*?)\s* \| (error|warning) \[([a-z0-9-]+)\]: /;

/** Reads the validator's text report (English) back into rows. */
export function parseReport(stdout: string): ReportRow[] {
  const rows: ReportRow[] = [];
  let file = '';
  for (const line of stdout.split('\n')) {
    if (FILE_LINE.test(line)) file = line;
    const m = TABLE_ROW.exec(line);
    if (m) rows.push({ file, row: m[1] === '—' ? undefined : Number(m[1]), column: m[2]!, value: m[3]!, severity: m[4]!, code: m[5]! });
  }
  return rows;
}

/** `node src/cli/validate.ts --data DIR --lang en`, as the issue asks, with its exit status. */
export function runValidate(dir: string, lang = 'en'): { status: number | null; stdout: string; rows: ReportRow[] } {
  const r = spawnSync(NODE, ['src/cli/validate.ts', '--data', dir, '--lang', lang], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
  return { status: r.status, stdout: r.stdout, rows: parseReport(r.stdout) };
}

/** Runs a project script with the project's Node; throws with its output when it fails. */
export function runScript(script: string, args: string[], cwd = '.'): string {
  return execFileSync(NODE, [script, ...args], { cwd, encoding: 'utf8' });
}
