/**
 * Static paths for every page type: each language × municipality × record. Built from the
 * data loaded once per build, so per-page work stays O(page).
 */
import { buildsNationalPages } from '../../build/shards.ts';
import { getData, shardMunicipalityIds } from '../data.ts';
import type { MunicipalityData } from '../../datasets/load.ts';
import type { SourceDocument } from '../../datasets/municipality.ts';
import { budgetYears } from '../../figures/municipality.ts';
import { LANGS, type Lang } from '../../i18n/langs.ts';
import { groupPages, yearIsInline } from '../components/budget-year/budget-year.ts';
import { hearingPage, projectPage } from './records.ts';

export interface MuniProps {
  lang: Lang;
  m: MunicipalityData;
}

/** Props of a section component: a municipality's page in a language, with the source documents for footnotes. */
export interface SectionProps extends MuniProps {
  sources: readonly SourceDocument[];
}

/** National pages, one per language (built by the first shard of a split build). */
export function langPaths() {
  return buildsNationalPages() ? LANGS.map((lang) => ({ params: { lang }, props: { lang } })) : [];
}

/** This build's municipalities: all of them, or this shard's share (src/build/shards.ts). */
export function ownMunicipalities(): MunicipalityData[] {
  const all = getData().municipalities;
  const own = shardMunicipalityIds();
  return own ? all.filter((m) => own.has(m.profile.id)) : all;
}

export function muniPaths() {
  const own = ownMunicipalities();
  return LANGS.flatMap((lang) => own.map((m) => ({ params: { lang, m: m.profile.id }, props: { lang, m } })));
}

/** Paths for one record per page: `pick` lists the records and their URL segment. */
export function recordPaths<R>(param: string, pick: (m: MunicipalityData) => ReadonlyArray<readonly [string | number, R]>) {
  return muniPaths().flatMap(({ params, props }) =>
    pick(props.m).map(([key, record]) => ({ params: { ...params, [param]: String(key) }, props: { ...props, record } })),
  );
}

export const yearPaths = () => recordPaths('year', (m) => budgetYears(m).map((y) => [y, y] as const));

/**
 * Pages that group records by a key (issue 17): one page per key, its records as sections.
 * `pick` gives a record's page key; pages come in the order their keys first appear after sorting.
 */
export function groupedPaths<R>(param: string, records: (m: MunicipalityData) => readonly R[], key: (r: R) => string) {
  return muniPaths().flatMap(({ params, props }) => {
    const groups = new Map<string, R[]>();
    for (const r of records(props.m)) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
    return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, rows]) => ({ params: { ...params, [param]: k }, props: { ...props, record: { key: k, rows } } }));
  });
}

/** /hearings/<year>/: a municipality's hearings of one year. */
export const hearingYearPaths = () => groupedPaths('year', (m) => m.tables.hearings, hearingPage);
/** /projects/<year>/ (or /projects/undated/): a municipality's projects of one year. */
export const projectYearPaths = () => groupedPaths('year', (m) => m.tables.projects, projectPage);

/** One page per budget group and page number: /budget/<year>/<group>/ and /budget/<year>/<group>/<n>/, in years too large to show their groups inline. */
export function budgetGroupPaths() {
  return muniPaths().flatMap(({ params, props }) =>
    budgetYears(props.m).filter((year) => !yearIsInline(props.m, year, getData().sources)).flatMap((year) =>
      groupPages(props.m, year, getData().sources).map((group) => ({
        params: { ...params, year: String(year), group: group.slug, page: group.page === 1 ? undefined : String(group.page) },
        props: { ...props, record: { year, group } },
      })),
    ),
  );
}
