/**
 * Generates a whole synthetic data folder in the format of `data/`: `sources.json` and
 * `municipalities/<id>/` with municipality.json and one CSV per dataset of the registry; a
 * dataset without a generator here gets its header only, so a new dataset needs no edit in
 * src/synth/. Output depends only on the options: same options, same bytes.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SourceDocument } from '../datasets/municipality.ts';
import { datasetNames, datasets } from '../datasets/registry.ts';
import { budgetRows } from './budget.ts';
import { contestRows } from './contests.ts';
import { planCountry, type CountryPlan, type PlannedMunicipality, type SynthOptions } from './country.ts';
import { participationRows } from './participation.ts';
import { planningRows } from './planning.ts';
import { populationRows } from './population.ts';
import { profile } from './profile.ts';
import { toCsv, type Cell, type Tables } from './rows.ts';

export const MARKER = 'SYNTHETIC.txt';

export const sourceId = (municipality: string) => `syn-${municipality}`;

export function generateMunicipality(m: PlannedMunicipality, years: readonly number[]) {
  const source = sourceId(m.id);
  const councilSize = m.kind === 'town' ? m.rng.fork('council').int(21, 31) : m.rng.fork('council').int(7, 21);
  const budget = budgetRows(m, years, source);
  const planning = planningRows(m, years, councilSize, source);
  const participation = participationRows(m, years, budget.totals, councilSize, planning.appraisalYears, source);
  const contests = contestRows(m, years, budget.totals, source);
  const { appraisalYears: _years, ...planningTables } = planning;
  const tables: Tables = {
    budget: budget.rows,
    ...participation,
    ...planningTables,
    ...contests,
    funding: [...planning.funding, ...contests.funding],
    population: populationRows(m, years, source),
  };
  return { profile: profile(m, councilSize, source), tables };
}

function sourceOf(m: PlannedMunicipality): SourceDocument {
  return {
    id: sourceId(m.id),
    file: 'synthetic',
    title_ru: `Синтетические данные: ${m.name.ru}`,
    kind_ru: 'Сгенерировано командой npm run synth для нагрузочного теста; не реальный документ',
    municipality: m.id,
    language: ['ru', 'ky'],
    date_note_ru: null,
  };
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** Synthetic data never goes into data/, which holds the real data. */
export function guardOut(out: string): string {
  const dir = resolve(out);
  const data = resolve('data');
  if (dir === data || dir.startsWith(data + '/')) throw new Error(`refusing to write synthetic data into ${dir}: data/ holds the real data`);
  return dir;
}

/** Refuses to write into a folder that is not empty and was not made by this generator. */
export function prepareOut(out: string): void {
  const dir = guardOut(out);
  if (existsSync(dir) && readdirSync(dir).length > 0 && !existsSync(join(dir, MARKER))) {
    throw new Error(`refusing to overwrite ${dir}: it is not empty and has no ${MARKER} (choose an empty or new folder)`);
  }
  rmSync(join(dir, 'municipalities'), { recursive: true, force: true });
  mkdirSync(join(dir, 'municipalities'), { recursive: true });
}

export function optionsLine(o: SynthOptions): string {
  return `npm run synth -- --municipalities ${o.municipalities} --years ${o.years} --seed ${o.seed} --last-year ${o.lastYear}`;
}

/** Writes the country; returns the plan (ids, years) for callers such as the transactions file. */
export function writeCountry(out: string, options: SynthOptions): CountryPlan {
  prepareOut(out);
  const plan = planCountry(options);
  writeFileSync(join(out, MARKER), `Synthetic data for load tests, not real municipalities.\nMade by: ${optionsLine(options)}\n`);
  writeFileSync(join(out, 'sources.json'), json(plan.municipalities.map(sourceOf)));
  for (const m of plan.municipalities) {
    const dir = join(out, 'municipalities', m.id);
    mkdirSync(dir);
    const { profile: p, tables } = generateMunicipality(m, plan.years);
    writeFileSync(join(dir, 'municipality.json'), json(p));
    for (const name of datasetNames) {
      const rows = tables[name] as ReadonlyArray<Record<string, Cell>> | undefined;
      writeFileSync(join(dir, datasets[name].file), toCsv(datasets[name], rows ?? []));
    }
  }
  return plan;
}
