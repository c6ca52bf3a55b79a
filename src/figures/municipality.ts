/**
 * Figures a municipality's pages show, computed once from its validated tables: key figures,
 * reconciliations of stated totals, funding per owner, the budget by year. Pure functions.
 */
import type { MunicipalityData } from '../datasets/load.ts';
import type { Tables } from '../datasets/registry.ts';
import { summariseFunding, checkFunding } from './funding.ts';
import { reconcile, selectRows, type Reconciliation } from './reconcile.ts';
import { addKnown, sumOf } from './sums.ts';

export type Row<K extends keyof Tables> = Tables[K][number];

export function budgetYears(m: MunicipalityData): number[] {
  return [...new Set(m.tables.budget.map((b) => b.year))].sort((a, b) => a - b);
}

export const budgetOf = (m: MunicipalityData, year: number) => m.tables.budget.filter((b) => b.year === year);

/** Sum per direction and phase of one year: the reader's "how much in all". */
export function budgetTotals(lines: readonly Row<'budget'>[]) {
  const out: Array<{ direction: string; phase: string; total: number | undefined; lines: number }> = [];
  for (const direction of ['revenue', 'expenditure'] as const) {
    for (const phase of ['planned', 'approved', 'executed'] as const) {
      const rows = lines.filter((l) => l.direction === direction && l.phase === phase);
      if (rows.length) out.push({ direction, phase, total: sumOf(rows, 'amount_som').value, lines: rows.length });
    }
  }
  return out;
}

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

export function keyFigures(m: MunicipalityData) {
  const years = budgetYears(m);
  const latest = years.at(-1);
  const hearingSum = sumOf(m.tables.hearings, 'participants');
  return {
    population: m.profile.population ?? undefined,
    households: m.profile.households ?? undefined,
    budgetYear: latest,
    budgetLines: latest === undefined ? 0 : budgetOf(m, latest).length,
    budgetTotals: latest === undefined ? [] : budgetTotals(budgetOf(m, latest)),
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
