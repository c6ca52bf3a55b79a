/**
 * Reads a data folder: `sources.json` and one folder per municipality under `municipalities/`.
 * Every file is checked on its own and every problem collected; the checks across files are
 * src/checks/ (src/checks/load.ts runs both). Nothing here throws on bad data: callers decide.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { decodeUtf8 } from './csv.ts';
import { issueFacts, parseCsvDataset, parseTable } from './define.ts';
import { municipalitySchema, sourcesSchema, type Municipality, type SourceDocument } from './municipality.ts';
import { problem, type Problem } from './problems.ts';
import type { SheetTable } from './xlsx.ts';
import { readXlsxFilesSync } from './xlsx-sync.ts';
import { datasetNames, datasets, type Tables } from './registry.ts';
import { Strings } from './intern.ts';

export interface MunicipalityData {
  profile: Municipality;
  tables: Tables;
}

export interface LoadedData {
  municipalities: MunicipalityData[];
  sources: SourceDocument[];
  problems: Problem[];
  /** Set when a problem makes the checks across files meaningless (src/checks/load.ts skips them). */
  halted?: true;
}

function jsonIssues(file: string, error: z.ZodError, value: unknown): Problem[] {
  return error.issues.map((issue) => {
    let at: unknown = value;
    for (const key of issue.path) at = (at as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey];
    return {
      code: 'invalid-value' as const,
      severity: 'error' as const,
      file,
      column: issue.path.join('.'),
      value: at === undefined ? '' : JSON.stringify(at),
      params: issueFacts(issue),
    };
  });
}

/**
 * Line and column (1-based) of a JSON syntax error, from the parser's position. The parser's
 * own English message never reaches staff.
 */
export function jsonErrorPlace(text: string, error: unknown): { line: number; column: number } {
  const message = error instanceof Error ? error.message : '';
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  const at = pos ? Number(pos[1]) : text.length; // "Unexpected end of JSON input": the end
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** A JSON file's value, or the one problem that says where its syntax breaks; `undefined` when absent. */
function parseJsonFile(dir: string, file: string, problems: Problem[]): { value: unknown } | undefined {
  const path = join(dir, file);
  if (!existsSync(path)) {
    problems.push({ code: 'missing-file', severity: 'error', file });
    return undefined;
  }
  const decoded = decodeUtf8(readFileSync(path), file);
  if ('problem' in decoded) {
    problems.push(decoded.problem);
    return undefined;
  }
  try {
    return { value: JSON.parse(decoded.text) };
  } catch (e) {
    const { line, column } = jsonErrorPlace(decoded.text, e);
    problems.push({ code: 'invalid-json', severity: 'error', file, row: line, params: { line, column } });
    return undefined;
  }
}

/** Validates a parsed JSON value; `undefined` with problems when it cannot be used. */
function checkJson<S extends z.ZodType>(file: string, parsed: { value: unknown } | undefined, schema: S, problems: Problem[]): z.output<S> | undefined {
  if (!parsed) return undefined;
  const result = schema.safeParse(parsed.value);
  if (!result.success) {
    problems.push(...jsonIssues(file, result.error, parsed.value));
    return undefined;
  }
  return result.data;
}

/** Which file a dataset is read from: its CSV or its .xlsx (never both). */
function datasetFiles(dir: string, csvName: string): { csv: string; xlsx: string; hasCsv: boolean; hasXlsx: boolean } {
  const xlsxName = csvName.replace(/\.csv$/, '.xlsx');
  return { csv: csvName, xlsx: xlsxName, hasCsv: existsSync(join(dir, csvName)), hasXlsx: existsSync(join(dir, xlsxName)) };
}

function loadMunicipality(dataDir: string, id: string, profileJson: { value: unknown } | undefined, sheets: ReadonlyMap<string, SheetTable>, problems: Problem[]): MunicipalityData | undefined {
  const rel = `municipalities/${id}`;
  const dir = join(dataDir, rel);
  const profile = checkJson(`${rel}/municipality.json`, profileJson, municipalitySchema, problems);
  if (profile && profile.id !== id) {
    problems.push({
      code: 'profile-id-mismatch',
      severity: 'error',
      file: `${rel}/municipality.json`,
      column: 'id',
      value: profile.id,
      params: { folder: id },
    });
  }
  const tables = {} as Record<string, unknown[]>;
  for (const name of datasetNames) {
    const dataset = datasets[name];
    const files = datasetFiles(dir, dataset.file);
    tables[name] = [];
    if (files.hasCsv && files.hasXlsx) {
      problems.push(problem('sheet-and-csv-both', { file: `${rel}/${files.xlsx}`, params: { csv: `${rel}/${files.csv}`, xlsx: `${rel}/${files.xlsx}` } }));
      continue;
    }
    if (files.hasXlsx) {
      const file = `${rel}/${files.xlsx}`;
      const parsed = parseTable(dataset, sheets.get(file) ?? { headers: [], rows: [], problems: [] }, file);
      problems.push(...parsed.problems);
      tables[name] = parsed.records;
      continue;
    }
    const file = `${rel}/${dataset.file}`;
    if (!files.hasCsv) {
      // A dataset added after this folder was made: the municipality has no rows of it yet.
      problems.push({ code: 'missing-table', severity: 'warning', file });
      continue;
    }
    const parsed = parseCsvDataset(dataset, readFileSync(join(dir, dataset.file)), file);
    problems.push(...parsed.problems);
    tables[name] = parsed.records;
  }
  return profile ? { profile, tables: tables as Tables } : undefined;
}

/** Every .xlsx dataset file of these municipalities, read in one go (exceljs reads asynchronously). */
function readSheets(dataDir: string, ids: readonly string[]): Map<string, SheetTable> {
  const jobs: Array<{ path: string; file: string }> = [];
  for (const id of ids) {
    const rel = `municipalities/${id}`;
    for (const name of datasetNames) {
      const files = datasetFiles(join(dataDir, rel), datasets[name].file);
      if (files.hasXlsx && !files.hasCsv) jobs.push({ path: join(dataDir, rel, files.xlsx), file: `${rel}/${files.xlsx}` });
    }
  }
  const tables = readXlsxFilesSync(jobs);
  return new Map(jobs.map((job, i) => [job.file, tables[i]!]));
}

/** Where a source document's published text lives in the data folder. */
export const documentPath = (file: string) => `documents/${file}`;

/** The municipality folders, in the order the site lists them. */
export function municipalityIds(dataDir: string): string[] {
  const root = join(dataDir, 'municipalities');
  return existsSync(root)
    ? readdirSync(root, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
}

export interface ReadOptions {
  /** Read only these municipalities; all when absent. */
  only?: ReadonlySet<string>;
}

/**
 * Reads the data folder; the result lists every problem found in a file on its own. A JSON file
 * that does not parse (a missing comma in sources.json) stops the reading there: its one
 * message is all the result holds, with `halted` set, so no cascade of follow-on errors hides it.
 */
export function readData(dataDir: string, options: ReadOptions = {}): LoadedData {
  const problems: Problem[] = [];
  const sourcesJson = parseJsonFile(dataDir, 'sources.json', problems);
  const ids = municipalityIds(dataDir);
  if (ids.length === 0) problems.push({ code: 'missing-file', severity: 'error', file: 'municipalities/<id>/municipality.json' });
  const wanted = options.only ? ids.filter((id) => options.only!.has(id)) : ids;
  const profiles = wanted.map((id) => parseJsonFile(dataDir, `municipalities/${id}/municipality.json`, problems));
  if (problems.some((p) => p.code === 'invalid-json' || p.code === 'encoding-not-utf8' || p.code === 'encoding-utf16')) {
    return { municipalities: [], sources: [], problems, halted: true };
  }
  const sources = checkJson('sources.json', sourcesJson, sourcesSchema, problems);
  // A document whose text the site publishes must be there to publish.
  for (const s of sources ?? []) {
    if (s.text === 'published' && !existsSync(join(dataDir, documentPath(s.file)))) problems.push({ code: 'missing-file', severity: 'error', file: documentPath(s.file) });
  }
  const sheets = readSheets(dataDir, wanted);
  // One copy of each repeated text (src/datasets/intern.ts): a loaded country holds half the memory.
  const strings = new Strings();
  const municipalities = wanted.map((id, i) => loadMunicipality(dataDir, id, profiles[i], sheets, problems)).filter((m) => m !== undefined).map((m) => strings.intern(m));
  // Without a usable sources.json every source reference would be reported unknown: stop the cross-file checks.
  return { municipalities, sources: sources ?? [], problems, ...(sources === undefined && { halted: true as const }) };
}

export const hasErrors = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error');
