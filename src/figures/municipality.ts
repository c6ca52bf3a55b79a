/**
 * Figures a municipality's pages show, computed once from its validated tables: key figures,
 * reconciliations of stated totals, funding per owner, the budget by year. Pure functions.
 */
import type { MunicipalityData } from '../datasets/load.ts';
import type { SourceDocument } from '../datasets/municipality.ts';
import type { Tables } from '../datasets/registry.ts';
import type { TreeLine, TreeNode } from './budget-tree.ts';
import { budgetVersions, budgetYearsAll, budgetYearsShown, DIRECTIONS, SHOWN_PHASES, yearSummary, type BudgetVersion, type Direction, type YearSummary } from './budget-year.ts';
import { summariseFunding, checkFunding } from './funding.ts';
import { reconcile, selectRows, type Reconciliation } from './reconcile.ts';
import { addKnown, sumOf } from './sums.ts';

export type Row<K extends keyof Tables> = Tables[K][number];

/**
 * A municipality's budget documents, read once per municipality and set of sources. Calls
 * without sources share one empty list: a fresh `[]` default per call missed the cache on every
 * page (about 6 % of a national build's time went to re-reading budgets).
 */
const NO_SOURCES: readonly SourceDocument[] = [];
const versionCache = new WeakMap<MunicipalityData, Map<readonly SourceDocument[], BudgetVersion<Row<'budget'>>[]>>();

export function budgetVersionsOf(m: MunicipalityData, sources: readonly SourceDocument[] = NO_SOURCES): BudgetVersion<Row<'budget'>>[] {
  let bySources = versionCache.get(m);
  if (!bySources) versionCache.set(m, (bySources = new Map()));
  const cached = bySources.get(sources);
  if (cached) return cached;
  const dates = new Map(sources.map((s) => [s.id, s.date]));
  const versions = budgetVersions(m.tables.budget as Row<'budget'>[], (d) => dates.get(d));
  bySources.set(sources, versions);
  return versions;
}

/** Every year with a budget document, drafts included: each has its page. */
export const budgetYears = (m: MunicipalityData): number[] => budgetYearsAll(budgetVersionsOf(m));

/** Years with a budget to show (approved, amended or executed): a draft alone is not a budget. */
export const budgetYearsWithBudget = (m: MunicipalityData): number[] => budgetYearsShown(budgetVersionsOf(m));

export const budgetOf = (m: MunicipalityData, year: number) => m.tables.budget.filter((b) => b.year === year);

/** Totals per direction and shown phase of one year, as the documents state them (else as their lines add up). */
export function budgetTotals(summary: YearSummary<Row<'budget'>>) {
  const out: Array<{ direction: Direction; phase: (typeof SHOWN_PHASES)[number]; total: number | undefined; lines: number }> = [];
  for (const direction of DIRECTIONS) {
    for (const phase of SHOWN_PHASES) {
      const v = summary.shown[phase];
      const total = v?.totals[direction];
      if (v && total) out.push({ direction, phase, total: total.shown, lines: countLines(v.trees[direction].roots) });
    }
  }
  return out;
}

const countLines = (nodes: readonly TreeNode<TreeLine>[]): number => nodes.reduce((n, x) => n + 1 + countLines(x.children), 0);

export interface StatedVsComputed {
  total: Row<'stated_totals'>;
  result: Reconciliation;
}

/** Every stated total of a dataset beside the sum of the rows it claims to total. */
export function statedTotals(m: MunicipalityData, dataset: 'hearings' | 'events'): StatedVsComputed[] {
  const rows = m.tables[dataset] as unknown as Array<Record<string, unknown>>;
  return m.tables.stated_totals
    .filter((t) => t.dataset === dataset)
    .map((total) => ({ total, result: reconcile(total.stated, selectRows(rows, total.filter), total.column) }));
}

export function fundingOf(m: MunicipalityData, type: 'project' | 'initiative' | 'plan', id: string) {
  const rows = m.tables.funding.filter((f) => f.owner_type === type && f.owner === id).sort((a, b) => a.position - b.position);
  return { rows, summary: summariseFunding(rows) };
}

export function fundingCheck(m: MunicipalityData, type: 'project' | 'initiative', id: string, stated: number | undefined) {
  return checkFunding(stated, fundingOf(m, type, id).rows);
}

/** The action plan's total less its named parts: the share the source leaves unexplained. */
export function planRemainder(plan: Row<'action_plans'>): number | undefined {
  if (plan.total_cost_som === undefined || (plan.residents_som === undefined && plan.investment_som === undefined)) return undefined;
  return plan.total_cost_som - (addKnown(plan.residents_som, plan.investment_som) ?? 0);
}

/** Without `sources`, it shares the budget versions `budgetVersionsOf` keeps for none (the comparisons use those too). */
export function keyFigures(m: MunicipalityData, sources?: readonly SourceDocument[]) {
  const versions = budgetVersionsOf(m, sources);
  const latest = budgetYearsShown(versions).at(-1);
  const summary = latest === undefined ? undefined : yearSummary(versions, latest);
  const hearingSum = sumOf(m.tables.hearings, 'participants');
  return {
    population: m.profile.population ?? undefined,
    households: m.profile.households ?? undefined,
    budgetYear: latest,
    budgetLines: summary ? Math.max(0, ...budgetTotals(summary).map((t) => t.lines)) : 0,
    budgetTotals: summary ? budgetTotals(summary) : [],
    hearings: m.tables.hearings.length,
    hearingParticipants: hearingSum.value,
    initiativesFunded: m.tables.initiatives.filter((i) => i.winner).length,
    beneficiariesDirect: sumOf(m.tables.projects, 'beneficiaries_direct').value,
    beneficiariesStated: sumOf(m.tables.projects, 'beneficiaries_total').value,
  };
}

/** The planning chain for one project: problems it answers, the plan, outputs, funding. */
export function projectChain(m: MunicipalityData, project: Row<'projects'>) {
  return {
    priorities: m.tables.priorities.filter((p) => project.priorities.includes(p.id)),
    plan: m.tables.action_plans.find((p) => p.id === project.plan),
    outputs: m.tables.project_outputs.filter((o) => o.project === project.id).sort((a, b) => a.position - b.position),
    funding: fundingOf(m, 'project', project.id),
    check: fundingCheck(m, 'project', project.id, project.total_som),
    monitoring: m.tables.monitoring_groups.filter((g) => g.project === project.id),
  };
}

/** Participant groups of an initiative, in a fixed order, with the sum of the known groups. */
export const PARTICIPANT_GROUPS = ['fathers', 'mothers', 'boys', 'girls', 'children', 'children_disabilities', 'children_migrants'] as const;

export function initiativeParticipants(i: Row<'initiatives'>) {
  const groups = PARTICIPANT_GROUPS.map((g) => ({ group: g, count: i[g] })).filter((g) => g.count !== undefined);
  return { groups, stated: i.participants_total };
}
