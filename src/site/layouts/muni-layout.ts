/** The frame of a municipality page: its heading, browser title, breadcrumbs and section links. */
import type { MunicipalityData } from '../../datasets/load.ts';
import { t, type Key, type Lang } from '../../i18n/index.ts';
import { municipalityNameOf, type Name } from '../names.ts';

export type Section = 'overview' | 'budget' | 'hearings' | 'initiatives' | 'planning' | 'engagement';

/** Sections in navigation order, with their path under /<lang>/<municipality>/. */
export const SECTIONS: ReadonlyArray<readonly [Section, string]> = [
  ['overview', ''],
  ['budget', 'budget'],
  ['hearings', 'hearings'],
  ['initiatives', 'initiatives'],
  ['planning', 'planning'],
  ['engagement', 'engagement'],
];

export interface Crumb {
  label: string;
  route?: Array<string | number>;
}

export interface MuniFrame {
  name: Name;
  heading: string;
  /** The document title (before the site's name). */
  title: string;
  crumbs: Crumb[];
  sections: Array<{ label: string; path: string; current: boolean }>;
}

/**
 * @param route the page's path after /<lang>/<municipality>/; longer than one segment on a record's page.
 * @param title the page heading; the section's name (or the municipality's on its overview) when absent.
 */
export function muniFrame(lang: Lang, m: MunicipalityData, section: Section, route: ReadonlyArray<string | number>, title?: string): MuniFrame {
  const id = m.profile.id;
  const name = municipalityNameOf(m, lang);
  const sectionName = t(lang, `nav.${section}` as Key);
  const sectionPath = SECTIONS.find(([s]) => s === section)![1];
  const overview = section === 'overview';
  const heading = title ?? (overview ? name.text : sectionName);
  const crumbs: Crumb[] = [
    { label: name.text, route: route.length || !overview ? [id] : undefined },
    ...(!overview ? [{ label: sectionName, route: route.length > 1 ? [id, sectionPath] : undefined }] : []),
    ...(route.length > 1 ? [{ label: heading }] : []),
  ];
  return {
    name,
    heading,
    title: overview ? name.text : `${heading} — ${name.text}`,
    crumbs,
    sections: SECTIONS.map(([s, path]) => ({ label: t(lang, `nav.${s}` as Key), path, current: s === section && route.length <= 1 })),
  };
}
