/**
 * Addresses that moved when records became sections of grouping pages (issue 17): a hearing's,
 * initiative's and project's own page, and the group pages of budget years that now show their
 * groups inline. One list per municipality, written to /moved/<m>.json; paths are relative to
 * /<lang>/<m>/ and the same in every language, so the one list serves all three. The 404 page's
 * script (public/moved-redirect.js) reads it and redirects.
 */
import type { MunicipalityData } from '../../datasets/load.ts';
import type { SourceDocument } from '../../datasets/municipality.ts';
import { budgetYears } from '../../figures/municipality.ts';
import { LANGS, type Lang } from '../../i18n/langs.ts';
import { groupPages, yearIsInline } from '../components/budget-year/budget-year.ts';
import { municipalityNameOf } from '../names.ts';
import { placePath, recordPlace, type RecordKind } from './records.ts';

export interface MovedList {
  municipality: string;
  /** The municipality's name per language, for the 404 page's link to it. */
  name: Record<Lang, string>;
  /** Old path → new address, both after /<lang>/<m>/: "hearings/obs-1/" → "hearings/2013/#obs-1". */
  moved: Record<string, string>;
}

const enc = (...segments: Array<string | number>) => `${segments.map((s) => encodeURIComponent(String(s))).join('/')}/`;

export function movedList(m: MunicipalityData, sources: readonly SourceDocument[]): MovedList {
  const moved: Record<string, string> = {};
  const record = (kind: RecordKind, segment: string, id: string) => (moved[enc(segment, id)] = placePath(recordPlace(m, kind, id)));
  for (const h of m.tables.hearings) record('hearing', 'hearings', h.id);
  for (const i of m.tables.initiatives) record('initiative', 'initiatives', i.id);
  for (const p of m.tables.projects) record('project', 'projects', p.id);
  for (const year of budgetYears(m)) {
    if (!yearIsInline(m, year, sources)) continue;
    for (const g of groupPages(m, year, sources)) {
      moved[g.page === 1 ? enc('budget', year, g.slug) : enc('budget', year, g.slug, g.page)] = `${enc('budget', year)}#${encodeURIComponent(g.slug)}`;
    }
  }
  const name = Object.fromEntries(LANGS.map((l) => [l, municipalityNameOf(m, l).text])) as Record<Lang, string>;
  return { municipality: m.profile.id, name, moved };
}
