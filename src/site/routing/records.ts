/**
 * Where a record lives (issue 17): records are sections of a grouping page, not pages of their own,
 * so a record's address is a page and an anchor. Every link to a hearing, initiative, project or
 * contest goes through `recordHref`, and the moved-addresses list (/moved/<m>.json) is made from the
 * same places, so links, anchors and redirects cannot disagree.
 *
 * - hearing → /<lang>/<m>/hearings/<year of its date>/#<id> (a hearing's date is required by its
 *   schema, so there is no undated hearing)
 * - initiative → /<lang>/<m>/contests/<contest>/#<id> (the contest column is required and must name
 *   a contest; one that names none is listed on /initiatives/#<id>)
 * - project → /<lang>/<m>/projects/<year>/#<id>, or /projects/undated/#<id> without a year
 * - contest → /<lang>/<m>/contests/<id>/ (a page of its own, holding its initiatives)
 */
import type { MunicipalityData } from '../../datasets/load.ts';
import type { Lang } from '../../i18n/langs.ts';
import { href } from './routes.ts';

export type RecordKind = 'hearing' | 'initiative' | 'project' | 'contest';

/** The page segment of projects without a year. */
export const UNDATED = 'undated';

export interface RecordPlace {
  /** The page's path after /<lang>/<m>/. */
  route: string[];
  /** The section's element id on that page; none for a record that is its page. */
  anchor: string | undefined;
}

export const hearingPage = (h: { date: string }): string => h.date.slice(0, 4);
export const projectPage = (p: { year?: number | undefined }): string => (p.year === undefined ? UNDATED : String(p.year));

const cache = new WeakMap<MunicipalityData, Map<string, RecordPlace>>();

/** Every record's place in one municipality, by `<kind>:<id>`. */
export function recordPlaces(m: MunicipalityData): ReadonlyMap<string, RecordPlace> {
  let map = cache.get(m);
  if (map) return map;
  map = new Map();
  for (const h of m.tables.hearings) map.set(`hearing:${h.id}`, { route: ['hearings', hearingPage(h)], anchor: h.id });
  const contests = new Set(m.tables.contests.map((c) => c.id));
  for (const c of m.tables.contests) map.set(`contest:${c.id}`, { route: ['contests', c.id], anchor: undefined });
  for (const i of m.tables.initiatives) {
    map.set(`initiative:${i.id}`, contests.has(i.contest) ? { route: ['contests', i.contest], anchor: i.id } : { route: ['initiatives'], anchor: i.id });
  }
  for (const p of m.tables.projects) map.set(`project:${p.id}`, { route: ['projects', projectPage(p)], anchor: p.id });
  cache.set(m, map);
  return map;
}

export function recordPlace(m: MunicipalityData, kind: RecordKind, id: string): RecordPlace {
  const place = recordPlaces(m).get(`${kind}:${id}`);
  if (!place) throw new Error(`No ${kind} "${id}" in ${m.profile.id}: a link names a record the data does not have.`);
  return place;
}

/** A path after /<lang>/<m>/ and an anchor as one relative address: "hearings/2013/#obs-1". */
export const placePath = (p: RecordPlace): string => `${p.route.map((s) => encodeURIComponent(s)).join('/')}/${p.anchor ? `#${encodeURIComponent(p.anchor)}` : ''}`;

/**
 * The address of a record's section (or page).
 * @example recordHref('ru', m, 'hearing', 'obs-2013-01-26') // "/ru/orozbekov/hearings/2013/#obs-2013-01-26"
 */
export function recordHref(lang: Lang, m: MunicipalityData, kind: RecordKind, id: string): string {
  const place = recordPlace(m, kind, id);
  return `${href(lang, m.profile.id, ...place.route)}${place.anchor ? `#${encodeURIComponent(place.anchor)}` : ''}`;
}
