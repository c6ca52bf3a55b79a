/**
 * Plausibility of counts of people: groups that add up to more than the total, numbers above
 * the municipality's population, and hearings held in an unusual month for their type.
 * All are warnings: the figure may be right, and then a note says why.
 */
import { showDate } from './dates.ts';
import type { MunicipalityData } from '../datasets/load.ts';
import type { Problem } from '../datasets/problems.ts';
import { datasets, type DatasetName } from '../datasets/registry.ts';

type Row = Record<string, unknown> & { _row: number };

const fileOf = (m: MunicipalityData, name: DatasetName) => `municipalities/${m.profile.id}/${datasets[name].file}`;
const rowsOf = (m: MunicipalityData, name: DatasetName) => m.tables[name] as unknown as Row[];

/** Disjoint groups whose sum may not exceed the whole (overlapping groups are in cross-file.ts PARTS). */
const SUMS: Array<[DatasetName, string, string[]]> = [
  ['events', 'participants', ['age_18_35', 'age_36_55', 'age_55_plus']],
  ['initiatives', 'children', ['boys', 'girls']],
  ['initiatives', 'participants_total', ['fathers', 'mothers', 'boys', 'girls']],
];

function checkSums(m: MunicipalityData, out: Problem[]): void {
  for (const [name, whole, parts] of SUMS) {
    for (const row of rowsOf(m, name)) {
      const w = row[whole];
      const known = parts.filter((p) => typeof row[p] === 'number');
      // One part alone above the whole is already reported as part-exceeds-whole.
      if (typeof w !== 'number' || known.length < 2) continue;
      const sum = known.reduce((s, p) => s + (row[p] as number), 0);
      if (sum > w) {
        out.push({ code: 'parts-sum-exceeds-whole', severity: 'warning', file: fileOf(m, name), row: row._row, column: whole, value: String(w), params: { parts: known.join(' + '), sum, whole, wholeValue: w } });
      }
    }
  }
}

/** Counts of people that cannot exceed the population, unless a note explains them. */
const PEOPLE: Array<[DatasetName, string[]]> = [
  ['projects', ['beneficiaries_direct', 'beneficiaries_indirect', 'beneficiaries_total']],
  ['initiatives', ['participants_total', 'children']],
  ['hearings', ['participants']],
  ['hearing_outcomes', ['participants']],
  ['action_plans', ['participants']],
  ['events', ['participants']],
  ['surveys', ['respondents']],
  ['monitoring_groups', ['members']],
  ['initiative_groups', ['members']],
];

function checkPopulation(m: MunicipalityData, out: Problem[]): void {
  const population = m.profile.population;
  if (population === null) return;
  for (const [name, columns] of PEOPLE) {
    for (const row of rowsOf(m, name)) {
      if (row.note) continue;
      // A row that sums several events counts attendances, which may exceed the population.
      if (name === 'events' && typeof row.count === 'number' && row.count > 1) continue;
      for (const column of columns) {
        const v = row[column];
        if (typeof v === 'number' && v > population) {
          out.push({ code: 'above-population', severity: 'warning', file: fileOf(m, name), row: row._row, column, value: String(v), params: { population } });
        }
      }
    }
  }
}

/** Months in which each kind of hearing is usually held (the budget calendar). */
export const HEARING_MONTHS = { execution: [1, 2, 3], formation: [5, 6, 7] } as const;

function checkHearingMonths(m: MunicipalityData, out: Problem[]): void {
  for (const row of rowsOf(m, 'hearings')) {
    const months = HEARING_MONTHS[row.type as keyof typeof HEARING_MONTHS] as readonly number[] | undefined;
    if (!months || typeof row.date !== 'string') continue;
    const month = Number(row.date.slice(5, 7));
    if (!months.includes(month)) {
      out.push({ code: 'hearing-type-month', severity: 'warning', file: fileOf(m, 'hearings'), row: row._row, column: 'date', value: showDate(row.date), params: { type: String(row.type), month } });
    }
  }
}

export function checkCounts(m: MunicipalityData, out: Problem[]): void {
  checkSums(m, out);
  checkPopulation(m, out);
  checkHearingMonths(m, out);
}
