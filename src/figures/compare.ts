/**
 * Comparing municipalities: the measures journalists ask for, per municipality and year, and
 * rankings of one measure in one year. A figure per resident is computed only where the
 * population of that year, or of the nearest year (said so), is known; a municipality without
 * one is listed as lacking, never ranked. Budget figures come only through `budgetVersions`
 * and `yearSummary`. Pure functions.
 */
import type { MunicipalityData } from '../datasets/load.ts';
import { budgetYearsShown, yearSummary, type YearSummary } from './budget-year.ts';
import { budgetVersionsOf, type Row } from './municipality.ts';
import { share } from './sums.ts';

export const MEASURES = [
  'revenue_per_resident',
  'expenditure_per_resident',
  'executed_share',
  'grant_share',
  'hearings_held',
  'attendance_per_1000',
  'women_share',
  'initiatives_funded',
  'local_budget_share',
  'residents_cash',
  'residents_labour',
] as const;
export type Measure = (typeof MEASURES)[number];
export type Unit = 'som' | 'share' | 'count' | 'per1000';

export const MEASURE_UNIT: Record<Measure, Unit> = {
  revenue_per_resident: 'som',
  expenditure_per_resident: 'som',
  executed_share: 'share',
  grant_share: 'share',
  hearings_held: 'count',
  attendance_per_1000: 'per1000',
  women_share: 'share',
  initiatives_funded: 'count',
  local_budget_share: 'share',
  residents_cash: 'som',
  residents_labour: 'som',
};
/** Measures divided by the population. */
export const PER_RESIDENT: ReadonlySet<Measure> = new Set(['revenue_per_resident', 'expenditure_per_resident', 'attendance_per_1000']);

export interface PopulationUsed {
  /** The year of the population figure (the measure's year, or the nearest with one). */
  year: number;
  population: number;
  households: number | undefined;
  source_doc: string | undefined;
  source_section: string | undefined;
}

/** The population of `year`, else of the nearest year (the earlier on a tie); undefined when none is known. */
export function populationFor(rows: readonly Row<'population'>[], year: number): PopulationUsed | undefined {
  let best: Row<'population'> | undefined;
  for (const r of rows) {
    if (r.population === undefined) continue;
    const d = Math.abs(r.year - year);
    const bd = best ? Math.abs(best.year - year) : Infinity;
    if (d < bd || (d === bd && best && r.year < best.year)) best = r;
  }
  return best && { year: best.year, population: best.population!, households: best.households, source_doc: best.source_doc, source_section: best.source_section };
}

/** The raw figures of one municipality and year, before any division by the population. */
export interface YearFigures {
  revenue: number | undefined;
  expenditure: number | undefined;
  /** The budget phase the totals are taken from. */
  budgetPhase: 'executed' | 'amended' | 'approved' | undefined;
  executedShare: number | undefined;
  grantShare: number | undefined;
  hearings: number;
  participants: number | undefined;
  women: number | undefined;
  /** Hearings with both participants and women known (the women's share is over these). */
  womenKnownParticipants: number | undefined;
  initiativesFunded: number | undefined;
  localBudget: number | undefined;
  fundingTotal: number | undefined;
  residentsCash: number | undefined;
  residentsLabour: number | undefined;
}

const add = (a: number | undefined, b: number | undefined) => (b === undefined ? a : (a ?? 0) + b);
const yearOf = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : undefined);

function budgetTotal(s: YearSummary, direction: 'revenue' | 'expenditure') {
  for (const phase of ['executed', 'amended', 'approved'] as const) {
    const v = s.shown[phase]?.totals[direction]?.shown;
    if (v !== undefined) return { phase, value: v };
  }
  return undefined;
}

/** Every year of a municipality that has any figure of a measure, with its figures. */
export function municipalityFigures(m: MunicipalityData): Map<number, YearFigures> {
  const out = new Map<number, YearFigures>();
  const at = (year: number): YearFigures => {
    let f = out.get(year);
    if (!f) {
      f = { revenue: undefined, expenditure: undefined, budgetPhase: undefined, executedShare: undefined, grantShare: undefined, hearings: 0, participants: undefined, women: undefined, womenKnownParticipants: undefined, initiativesFunded: undefined, localBudget: undefined, fundingTotal: undefined, residentsCash: undefined, residentsLabour: undefined };
      out.set(year, f);
    }
    return f;
  };
  const versions = budgetVersionsOf(m);
  for (const year of budgetYearsShown(versions)) {
    const s = yearSummary(versions, year);
    const f = at(year);
    const rev = budgetTotal(s, 'revenue');
    const exp = budgetTotal(s, 'expenditure');
    f.revenue = rev?.value;
    f.expenditure = exp?.value;
    f.budgetPhase = exp?.phase ?? rev?.phase;
    f.executedShare = s.executed.expenditure;
    f.grantShare = s.grant?.share;
  }
  for (const h of m.tables.hearings) {
    const year = yearOf(h.date);
    if (year === undefined) continue;
    const f = at(year);
    f.hearings++;
    f.participants = add(f.participants, h.participants);
    if (h.participants !== undefined && h.women !== undefined) {
      f.women = add(f.women, h.women);
      f.womenKnownParticipants = add(f.womenKnownParticipants, h.participants);
    }
  }
  const contestYear = new Map(m.tables.contests.map((c) => [c.id, c.year]));
  const winners = new Map<string, number>();
  for (const i of m.tables.initiatives) {
    const year = contestYear.get(i.contest);
    if (year === undefined) continue;
    const f = at(year);
    if (i.winner) {
      f.initiativesFunded = (f.initiativesFunded ?? 0) + 1;
      winners.set(i.id, year);
    } else f.initiativesFunded ??= 0;
  }
  for (const r of m.tables.funding) {
    const year = r.owner_type === 'initiative' ? winners.get(r.owner) : undefined;
    if (year === undefined || r.amount_som === undefined) continue;
    const f = at(year);
    f.fundingTotal = add(f.fundingTotal, r.amount_som);
    if (r.source_type === 'local_budget') f.localBudget = add(f.localBudget, r.amount_som);
    if (r.source_type === 'residents_cash') f.residentsCash = add(f.residentsCash, r.amount_som);
    if (r.source_type === 'residents_labour') f.residentsLabour = add(f.residentsLabour, r.amount_som);
  }
  for (const f of out.values()) if (f.fundingTotal !== undefined) f.localBudget ??= 0;
  return out;
}

/** The measure before division by the population (per-resident measures), or the measure itself. */
function rawValue(f: YearFigures, measure: Measure): number | undefined {
  switch (measure) {
    case 'revenue_per_resident':
      return f.revenue;
    case 'expenditure_per_resident':
      return f.expenditure;
    case 'executed_share':
      return f.executedShare;
    case 'grant_share':
      return f.grantShare;
    case 'hearings_held':
      return f.hearings || undefined;
    case 'attendance_per_1000':
      return f.participants;
    case 'women_share':
      return share(f.women, f.womenKnownParticipants);
    case 'initiatives_funded':
      return f.initiativesFunded;
    case 'local_budget_share':
      return share(f.localBudget, f.fundingTotal);
    case 'residents_cash':
      return f.residentsCash;
    case 'residents_labour':
      return f.residentsLabour;
  }
}

export interface CompareInput {
  id: string;
  figures: Map<number, YearFigures>;
  population: readonly Row<'population'>[];
}

export const compareInput = (m: MunicipalityData): CompareInput => ({ id: m.profile.id, figures: municipalityFigures(m), population: m.tables.population });

export interface Entry {
  id: string;
  /** The measure's value; per resident where the measure is. */
  value: number;
  /** 1 for the highest; equal values share a rank. */
  rank: number;
  /** The figure divided (per-resident measures). */
  raw: number;
  population: PopulationUsed | undefined;
  budgetPhase: YearFigures['budgetPhase'];
}

export interface Lacking {
  id: string;
  reason: 'no-data' | 'no-population';
}

export interface Ranking {
  measure: Measure;
  /** The year ranked: the latest year any municipality has the measure in; undefined when none has. */
  year: number | undefined;
  entries: Entry[];
  lacking: Lacking[];
}

/** The value of one measure for one municipality and year, or why there is none. */
export function measureValue(input: CompareInput, measure: Measure, year: number): Omit<Entry, 'rank' | 'id'> | Lacking['reason'] {
  const f = input.figures.get(year);
  const raw = f && rawValue(f, measure);
  if (raw === undefined) return 'no-data';
  if (!PER_RESIDENT.has(measure)) return { value: raw, raw, population: undefined, budgetPhase: f!.budgetPhase };
  const population = populationFor(input.population, year);
  if (!population || population.population === 0) return 'no-population';
  const per = measure === 'attendance_per_1000' ? 1000 : 1;
  return { value: (raw / population.population) * per, raw, population, budgetPhase: f!.budgetPhase };
}

/** The latest year in which any municipality has a value of the measure (before any population). */
export function latestYear(inputs: readonly CompareInput[], measure: Measure): number | undefined {
  let year: number | undefined;
  for (const i of inputs) for (const [y, f] of i.figures) if ((year === undefined || y > year) && rawValue(f, measure) !== undefined) year = y;
  return year;
}

/** Ranks the municipalities on one measure in `year` (default: the latest year with a value), highest first. */
export function rank(inputs: readonly CompareInput[], measure: Measure, year = latestYear(inputs, measure)): Ranking {
  const entries: Omit<Entry, 'rank'>[] = [];
  const lacking: Lacking[] = [];
  for (const input of inputs) {
    const v = year === undefined ? 'no-data' : measureValue(input, measure, year);
    if (typeof v === 'string') lacking.push({ id: input.id, reason: v });
    else entries.push({ id: input.id, ...v });
  }
  entries.sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ranked: Entry[] = [];
  entries.forEach((e, i) => ranked.push({ ...e, rank: i > 0 && entries[i - 1]!.value === e.value ? ranked[i - 1]!.rank : i + 1 }));
  return { measure, year, entries: ranked, lacking };
}

export interface Standing {
  measure: Measure;
  year: number | undefined;
  /** The municipality's entry among its peers; undefined when it lacks the measure. */
  own: Entry | undefined;
  /** How many peers (itself included) are ranked. */
  ranked: number;
  median: number | undefined;
}

/**
 * Similar size: the municipalities whose latest known population is within half to twice
 * this one's. Undefined when this municipality's population is unknown.
 */
export function similarSize(inputs: readonly CompareInput[], id: string): CompareInput[] | undefined {
  const latest = (i: CompareInput) => populationFor(i.population, Math.max(...i.population.map((r) => r.year)))?.population;
  const me = inputs.find((i) => i.id === id);
  const own = me && latest(me);
  if (!own) return undefined;
  return inputs.filter((i) => {
    const p = latest(i);
    return p !== undefined && p >= own / 2 && p <= own * 2;
  });
}

export function standing(peers: readonly CompareInput[], id: string, measure: Measure): Standing {
  const r = rank(peers, measure);
  const values = r.entries.map((e) => e.value).sort((a, b) => a - b);
  const mid = values.length / 2;
  const median = values.length === 0 ? undefined : values.length % 2 ? values[Math.floor(mid)] : (values[mid - 1]! + values[mid]!) / 2;
  return { measure, year: r.year, own: r.entries.find((e) => e.id === id), ranked: r.entries.length, median };
}

/** The measures a municipality's overview compares with similar-size municipalities. */
export const STANDING_MEASURES: readonly Measure[] = ['revenue_per_resident', 'expenditure_per_resident', 'executed_share', 'attendance_per_1000', 'initiatives_funded'];

export interface StandingRow {
  measure: Measure;
  year: number | undefined;
  value: number | undefined;
  rank: number | undefined;
  ranked: number;
  median: number | undefined;
}
/** Per municipality with a known population: how many peers, and its standing on each measure. */
export type Standings = Record<string, { peers: number; rows: StandingRow[] }>;

export function allStandings(inputs: readonly CompareInput[]): Standings {
  const out: Standings = {};
  for (const i of inputs) {
    const peers = similarSize(inputs, i.id);
    if (!peers) continue;
    out[i.id] = {
      peers: peers.length,
      rows: STANDING_MEASURES.map((measure) => {
        const s = standing(peers, i.id, measure);
        return { measure, year: s.year, value: s.own?.value, rank: s.own?.rank, ranked: s.ranked, median: s.median };
      }),
    };
  }
  return out;
}
