/**
 * Reads a data folder: `sources.json` and one folder per municipality under `municipalities/`.
 * Every file is checked on its own and every problem collected; the checks across files are
 * src/checks/ (src/checks/load.ts runs both). Nothing here throws on bad data: callers decide.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { parseCsvDataset } from './define.ts';
import { municipalitySchema, sourcesSchema, type Municipality, type SourceDocument } from './municipality.ts';
import type { Problem } from './problems.ts';
import { datasetNames, datasets, type Tables } from './registry.ts';

export interface MunicipalityData {
  profile: Municipality;
  tables: Tables;
}

export interface LoadedData {
  municipalities: MunicipalityData[];
  sources: SourceDocument[];
  problems: Problem[];
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
      params: { detail: issue.message },
    };
  });
}

/** Reads and validates a JSON file; `undefined` with problems when it cannot be used. */
function readJson<S extends z.ZodType>(dir: string, file: string, schema: S, problems: Problem[]): z.output<S> | undefined {
  const path = join(dir, file);
  if (!existsSync(path)) {
    problems.push({ code: 'missing-file', severity: 'error', file });
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push({ code: 'invalid-json', severity: 'error', file, params: { detail: (e as Error).message } });
    return undefined;
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    problems.push(...jsonIssues(file, result.error, value));
    return undefined;
  }
  return result.data;
}

function loadMunicipality(dataDir: string, id: string, problems: Problem[]): MunicipalityData | undefined {
  const rel = `municipalities/${id}`;
  const dir = join(dataDir, rel);
  const profile = readJson(dataDir, `${rel}/municipality.json`, municipalitySchema, problems);
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
    const file = `${rel}/${dataset.file}`;
    const path = join(dir, dataset.file);
    if (!existsSync(path)) {
      // A dataset added after this folder was made: the municipality has no rows of it yet.
      problems.push({ code: 'missing-table', severity: 'warning', file });
      tables[name] = [];
      continue;
    }
    const parsed = parseCsvDataset(dataset, readFileSync(path), file);
    problems.push(...parsed.problems);
    tables[name] = parsed.records;
  }
  return profile ? { profile, tables: tables as Tables } : undefined;
}

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

/** Reads the data folder; the result lists every problem found in a file on its own. */
export function readData(dataDir: string, options: ReadOptions = {}): LoadedData {
  const problems: Problem[] = [];
  const sources = readJson(dataDir, 'sources.json', sourcesSchema, problems) ?? [];
  const ids = municipalityIds(dataDir);
  if (ids.length === 0) problems.push({ code: 'missing-file', severity: 'error', file: 'municipalities/<id>/municipality.json' });
  const wanted = options.only ? ids.filter((id) => options.only!.has(id)) : ids;
  const municipalities = wanted.map((id) => loadMunicipality(dataDir, id, problems)).filter((m) => m !== undefined);
  return { municipalities, sources, problems };
}

export const hasErrors = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error');
