/**
 * The citizens' budget: one printable page per municipality and year — money in and out, what
 * residents decided at hearings, the year's initiatives and projects, how to take part. Its budget
 * figures come only through src/figures/budget-year.ts (`budgetVersions`, `yearSummary`), fed by
 * the one adapter below from today's budget rows. Pure functions.
 */
import type { MunicipalityData } from '../datasets/load.ts';
import { applicationsOf } from '../figures/contests.ts';
import { budgetVersions, yearSummary, type BudgetRow, type BudgetVersion, type Direction, type Phase } from '../figures/budget-year.ts';
import type { Row } from '../figures/municipality.ts';

/** Budget rows as budget-year.ts reads them: since the budget contract (line, parent, phase, total) they are the same rows. */
export function toBudgetRows(rows: readonly Row<'budget'>[]): Array<BudgetRow> {
  return rows as unknown as BudgetRow[];
}

export interface MoneyPart {
  phase: Phase;
  direction: Direction;
  total: number | undefined;
  /** The biggest top-level lines, largest first (at most five, so the page stays one A4 sheet). */
  lines: Array<{ row: BudgetRow; amount: number | undefined }>;
}

function partsOf(v: BudgetVersion<BudgetRow>): MoneyPart[] {
  return (['revenue', 'expenditure'] as const)
    .filter((d) => v.trees[d].roots.length > 0)
    .map((direction) => ({
      phase: v.phase,
      direction,
      total: v.totals[direction]?.shown,
      lines: v.trees[direction].roots
        .filter((n) => !n.line.total)
        .map((n) => ({ row: n.line, amount: n.line.amount_som }))
        .sort((a, b) => (b.amount ?? -1) - (a.amount ?? -1))
        .slice(0, 5),
    }));
}

const yearOf = (iso: string | undefined) => (iso ? Number(iso.slice(0, 4)) : undefined);

/** Years a citizens' budget can be written for: any with budget, hearings, contests or projects. */
export function citizensBudgetYears(m: MunicipalityData): number[] {
  const ys = [
    ...m.tables.budget.map((b) => b.year),
    ...m.tables.hearings.map((h) => yearOf(h.date)),
    ...m.tables.hearing_outcomes.map((o) => yearOf(o.date)),
    ...m.tables.contests.map((c) => c.year),
    ...m.tables.projects.map((p) => p.year),
  ];
  return [...new Set(ys.filter((y): y is number => typeof y === 'number' && Number.isFinite(y)))].sort((a, b) => a - b);
}

/** Read once per municipality: every year's page of it reads the same documents. */
const versionsOf = new WeakMap<MunicipalityData, ReturnType<typeof budgetVersions>>();

export function citizensBudget(m: MunicipalityData, year: number) {
  let versions = versionsOf.get(m);
  if (!versions) versionsOf.set(m, (versions = budgetVersions(toBudgetRows(m.tables.budget))));
  const summary = yearSummary(versions, year);
  const chosen = [...Object.values(summary.shown), ...summary.others];
  const hearings = m.tables.hearings
    .filter((h) => yearOf(h.date) === year)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((h) => ({ row: h, decisions: [...h.decisions_ru, ...m.tables.hearing_outcomes.filter((o) => o.hearing === h.id).map((o) => o.decision_ru)] }));
  const meetings = m.tables.hearing_outcomes.filter((o) => !o.hearing && yearOf(o.date) === year);
  const initiatives = m.tables.contests.filter((c) => c.year === year).flatMap((c) => applicationsOf(m, c.id).filter((a) => a.outcome === 'won'));
  const projects = m.tables.projects.filter((p) => p.year === year);
  return { year, money: chosen.flatMap(partsOf), executed: summary.executed, hearings, meetings, initiatives, projects };
}
