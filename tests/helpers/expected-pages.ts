/**
 * The pages the site must have for a data folder, in every language: each section, each budget year,
 * each contest, and the pages records are grouped on (issue 17): hearings and projects by year.
 */
import type { loadData } from '../../src/checks/load.ts';
import { budgetYears } from '../../src/figures/municipality.ts';
import { LANGS } from '../../src/i18n/langs.ts';

type Municipalities = ReturnType<typeof loadData>['municipalities'];

export function expectedPaths(municipalities: Municipalities): string[] {
  const paths = ['/'];
  for (const lang of LANGS) {
    paths.push(`/${lang}/`);
    for (const m of municipalities) {
      const base = `/${lang}/${m.profile.id}/`;
      paths.push(base, `${base}budget/`, `${base}hearings/`, `${base}initiatives/`, `${base}planning/`, `${base}engagement/`);
      for (const y of budgetYears(m)) paths.push(`${base}budget/${y}/`);
      for (const y of new Set(m.tables.hearings.map((h) => h.date.slice(0, 4)))) paths.push(`${base}hearings/${y}/`);
      for (const c of m.tables.contests) paths.push(`${base}contests/${c.id}/`);
      for (const y of new Set(m.tables.projects.map((p) => (p.year === undefined ? 'undated' : String(p.year))))) paths.push(`${base}projects/${y}/`);
    }
  }
  return paths;
}
