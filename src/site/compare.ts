/**
 * View models of the national comparison pages: one page per language, measure and region
 * (so a page stays small at national scale), in two pre-rendered orders (by value, by name),
 * and the similar-size standing on a municipality's overview. Shaping only; the figures are
 * src/figures/compare.ts.
 */
import { buildsNationalPages } from '../build/shards.ts';
import { readFileSync } from 'node:fs';
import { publishDir, standingsPath } from '../downloads/manifest.ts';
import { MEASURE_UNIT, MEASURES, PER_RESIDENT, rank, type CompareInput, type Standings, type Entry, type Lacking, type Measure, type Ranking } from '../figures/compare.ts';
import { formatMoney, formatNumber, formatPercent } from '../i18n/format.ts';
import { LANGS, t, type Lang } from '../i18n/index.ts';
import { pick } from '../i18n/pick.ts';
import { getCountry } from './data.ts';
import type { NationalEntry } from '../figures/national.ts';
import { toLatin } from '../i18n/latin.ts';
import { municipalityName, type Name } from './names.ts';

export const ORDERS = ['value', 'name'] as const;
export type Order = (typeof ORDERS)[number];
export const NO_REGION = 'no-region';


/** A region's URL segment: its SOATE code where given, else its Russian name in Latin letters. */
export function regionKey(m: Pick<NationalEntry, 'profile'>): string {
  const code = m.profile.soate?.region;
  if (code) return code;
  const name = m.profile.region?.ru ?? m.profile.region?.ky ?? m.profile.region?.en;
  if (!name) return NO_REGION;
  const latin = toLatin(name.toLowerCase());
  return latin.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || NO_REGION;
}

interface Country {
  inputs: CompareInput[];
  byId: Map<string, NationalEntry>;
  regions: Map<string, NationalEntry[]>;
  rankings: Map<Measure, Ranking>;
}
let country: Country | undefined;

/** Rankings of the whole country, computed once per build. */
export function countryData(all: readonly NationalEntry[] = getCountry()): Country {
  if (country && all === getCountry()) return country;
  const inputs = all.map((e) => e.compare);
  const regions = new Map<string, NationalEntry[]>();
  for (const m of all) {
    const key = regionKey(m);
    regions.set(key, [...(regions.get(key) ?? []), m]);
  }
  const c: Country = { inputs, byId: new Map(all.map((m) => [m.profile.id, m])), regions, rankings: new Map(MEASURES.map((ms) => [ms, rank(inputs, ms)])) };
  if (all === getCountry()) country = c;
  return c;
}

export function formatValue(lang: Lang, measure: Measure, value: number): string {
  switch (MEASURE_UNIT[measure]) {
    case 'som':
      return formatMoney(lang, Math.round(value));
    case 'share':
      return formatPercent(lang, value);
    case 'count':
      return formatNumber(lang, value);
    case 'per1000':
      return formatNumber(lang, value, 1);
  }
}

export function regionName(lang: Lang, key: string, members: readonly Pick<NationalEntry, 'profile'>[]): Name {
  const region = members[0]?.profile.region;
  const picked = key === NO_REGION ? undefined : pick(lang, region);
  return picked ? { text: picked.text, lang: picked.lang === lang ? undefined : picked.lang, stated: true } : { text: t(lang, 'compare.noRegion'), lang: undefined, stated: false };
}

export interface Row {
  id: string;
  name: Name;
  rank: number;
  value: string;
  /** 0–100: the bar's length, against the region's highest value. */
  bar: number;
  /** The figure divided, for per-resident measures. */
  figure: string | undefined;
  population: string | undefined;
  nearest: boolean;
  phase: string | undefined;
}

export interface RegionPage {
  lang: Lang;
  measure: Measure;
  region: string;
  order: Order;
  title: string;
  regionName: Name;
  year: number | undefined;
  perResident: boolean;
  budget: boolean;
  rows: Row[];
  lacking: Array<{ id: string; name: Name; reason: string }>;
  populationSources: string[];
}

const BUDGET: ReadonlySet<Measure> = new Set(['revenue_per_resident', 'expenditure_per_resident', 'executed_share', 'grant_share']);
const collator = (lang: Lang) => new Intl.Collator(lang === 'en' ? 'en' : lang === 'ky' ? 'ky' : 'ru');

export function regionPage(lang: Lang, measure: Measure, region: string, order: Order, c: Country = countryData()): RegionPage {
  const members = c.regions.get(region) ?? [];
  const ids = new Set(members.map((m) => m.profile.id));
  const r = c.rankings.get(measure)!;
  const entries = r.entries.filter((e) => ids.has(e.id));
  const max = Math.max(0, ...entries.map((e) => e.value));
  const nameOf = (id: string) => municipalityName(c.byId.get(id)!.profile, lang);
  const row = (e: Entry): Row => ({
    id: e.id,
    name: nameOf(e.id),
    rank: e.rank,
    value: formatValue(lang, measure, e.value),
    bar: max > 0 ? Math.max(0, Math.round((e.value / max) * 100)) : 0,
    figure: PER_RESIDENT.has(measure) ? (measure === 'attendance_per_1000' ? formatNumber(lang, e.raw) : formatMoney(lang, e.raw)) : undefined,
    population: e.population && `${formatNumber(lang, e.population.population)} (${e.population.year})`,
    nearest: e.population !== undefined && e.population.year !== r.year,
    phase: BUDGET.has(measure) && e.budgetPhase ? t(lang, `compare.phase.${e.budgetPhase}`) : undefined,
  });
  let rows = entries.map(row);
  if (order === 'name') {
    const cmp = collator(lang);
    rows = rows.sort((a, b) => cmp.compare(a.name.text, b.name.text));
  }
  const lacking = r.lacking
    .filter((l: Lacking) => ids.has(l.id))
    .map((l) => ({ id: l.id, name: nameOf(l.id), reason: t(lang, l.reason === 'no-population' ? 'compare.noPopulation' : 'compare.noData') }));
  const populationSources = [...new Set(entries.flatMap((e) => (e.population?.source_doc ? [e.population.source_doc] : [])))].sort();
  return {
    lang,
    measure,
    region,
    order,
    title: t(lang, `compare.m.${measure}`),
    regionName: regionName(lang, region, members),
    year: r.year,
    perResident: PER_RESIDENT.has(measure),
    budget: BUDGET.has(measure),
    rows,
    lacking,
    populationSources,
  };
}

/** The measure's summary: per region, how many are ranked and how many lack it. */
export function measureRegions(lang: Lang, measure: Measure, c: Country = countryData()) {
  const r = c.rankings.get(measure)!;
  const ranked = new Set(r.entries.map((e) => e.id));
  return [...c.regions]
    .map(([key, members]) => ({ key, name: regionName(lang, key, members), ranked: members.filter((m) => ranked.has(m.profile.id)).length, lacking: members.filter((m) => !ranked.has(m.profile.id)).length }))
    .sort((a, b) => (a.key === NO_REGION ? 1 : b.key === NO_REGION ? -1 : collator(lang).compare(a.name.text, b.name.text)));
}

/** Static paths of the comparison pages: index, a page per measure, and per measure × region × order. */
export function comparePaths() {
  if (!buildsNationalPages()) return [];
  const c = countryData();
  return LANGS.flatMap((lang) => [
    { params: { lang, path: undefined }, props: { lang, page: { kind: 'index' as const } } },
    ...MEASURES.flatMap((measure) => [
      { params: { lang, path: measure }, props: { lang, page: { kind: 'measure' as const, measure } } },
      ...[...c.regions.keys()].flatMap((region) =>
        ORDERS.map((order) => ({
          params: { lang, path: order === 'value' ? `${measure}/${region}` : `${measure}/${region}/by-name` },
          props: { lang, page: { kind: 'region' as const, measure, region, order } },
        })),
      ),
    ]),
  ]);
}

export const compareRoute = (measure?: Measure, region?: string, order: Order = 'value') => ['compare', ...(measure ? [measure] : []), ...(region ? [region] : []), ...(order === 'name' ? ['by-name'] : [])];

let standings: Standings | undefined;

/** The similar-size standing of one municipality (its overview), as the publish step computed it. */
export function similarStanding(lang: Lang, id: string, dir: string = publishDir()) {
  standings ??= JSON.parse(readFileSync(standingsPath(dir), 'utf8')) as Standings;
  const s = standings[id];
  if (!s) return undefined;
  return {
    peers: s.peers,
    rows: s.rows.map((r) => ({
      measure: r.measure,
      title: t(lang, `compare.m.${r.measure}`),
      year: r.year,
      value: r.value === undefined ? undefined : formatValue(lang, r.measure, r.value),
      place: r.rank === undefined ? undefined : t(lang, 'compare.similar.place', { rank: r.rank, n: r.ranked }),
      median: r.median === undefined ? undefined : formatValue(lang, r.measure, r.median),
    })),
  };
}
