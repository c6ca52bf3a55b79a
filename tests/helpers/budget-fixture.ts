/** Budget fixtures (tests/fixtures/budget/) read through the dataset's declaration, as a municipality the checks and view models take. */
import { readFileSync } from 'node:fs';
import { parseCsvDataset } from '../../src/datasets/define.ts';
import type { MunicipalityData } from '../../src/datasets/load.ts';
import type { Problem } from '../../src/datasets/problems.ts';
import { datasetNames } from '../../src/datasets/registry.ts';
import { budget } from '../../src/datasets/tables/budget.ts';

export const HEADER = 'year,direction,phase,line,parent,code,label_ky,label_ru,label_en,amount,unit,total,category,source_doc,source_section,note';

export function parseBudget(text: string, file = 'municipalities/test/budget.csv') {
  return parseCsvDataset(budget, new TextEncoder().encode(text), file);
}

export const fixture = (name: string) => readFileSync(`tests/fixtures/budget/${name}`, 'utf8');

/** A municipality with only budget rows (every other table empty). */
export function budgetMunicipality(text: string, id = 'test'): { m: MunicipalityData; problems: Problem[] } {
  const { records, problems } = parseBudget(text, `municipalities/${id}/budget.csv`);
  const tables = Object.fromEntries(datasetNames.map((n) => [n, [] as unknown[]]));
  tables.budget = records;
  return { m: { profile: { id } as MunicipalityData['profile'], tables: tables as MunicipalityData['tables'] }, problems };
}

/** A CSV of budget rows from cells (a row's missing columns are empty). */
export function budgetCsv(rows: ReadonlyArray<Partial<Record<string, string>>>): string {
  const cols = HEADER.split(',');
  const q = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [HEADER, ...rows.map((r) => cols.map((c) => q(r[c] ?? '')).join(','))].join('\n') + '\n';
}
