/**
 * Static paths for every page type: each language × municipality × record. Built from the
 * data loaded once per build, so per-page work stays O(page).
 */
import { getData } from '../datasets/index.ts';
import type { MunicipalityData } from '../datasets/load.ts';
import type { SourceDocument } from '../datasets/municipality.ts';
import { budgetYears } from '../figures/municipality.ts';
import { LANGS, type Lang } from '../i18n/langs.ts';

export interface MuniProps {
  lang: Lang;
  m: MunicipalityData;
}

/** Props of a section component: a municipality's page in a language, with the source documents for footnotes. */
export interface SectionProps extends MuniProps {
  sources: readonly SourceDocument[];
}

export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}

export function muniPaths() {
  return LANGS.flatMap((lang) => getData().municipalities.map((m) => ({ params: { lang, m: m.profile.id }, props: { lang, m } })));
}

/** Paths for one record per page: `pick` lists the records and their URL segment. */
export function recordPaths<R>(param: string, pick: (m: MunicipalityData) => ReadonlyArray<readonly [string | number, R]>) {
  return muniPaths().flatMap(({ params, props }) =>
    pick(props.m).map(([key, record]) => ({ params: { ...params, [param]: String(key) }, props: { ...props, record } })),
  );
}

export const yearPaths = () => recordPaths('year', (m) => budgetYears(m).map((y) => [y, y] as const));
