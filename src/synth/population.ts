/**
 * Population and households by year of a synthetic municipality: one row a year, growing
 * slowly; about 1 in 25 municipalities has none, so pages show "no population" at scale.
 */
import type { PlannedMunicipality } from './country.ts';
import type { RowOf } from './rows.ts';

export function populationRows(m: PlannedMunicipality, years: readonly number[], source: string): RowOf<'population'>[] {
  const rng = m.rng.fork('population');
  if (rng.chance(0.04)) return [];
  const perHousehold = rng.float(4.2, 6.2);
  const last = years.at(-1) ?? 0;
  return years.map((y) => {
    const people = Math.round(m.population * (1 - 0.015 * (last - y)));
    return { year: y, population: people, households: Math.round(people / perHousehold), source_doc: source, source_section: 'Численность населения' };
  });
}
