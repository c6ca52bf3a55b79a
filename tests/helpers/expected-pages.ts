/** The pages the site must have for a data folder: every record's page in every language. */
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
      for (const h of m.tables.hearings) paths.push(`${base}hearings/${h.id}/`);
      for (const c of m.tables.contests) paths.push(`${base}contests/${c.id}/`);
      for (const i of m.tables.initiatives) paths.push(`${base}initiatives/${i.id}/`);
      for (const p of m.tables.projects) paths.push(`${base}projects/${p.id}/`);
    }
  }
  return paths;
}
