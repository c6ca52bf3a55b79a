/**
 * THE one adapter from today's budget rows (src/datasets/tables/budget.ts: flat lines, phases
 * planned / approved / executed) to the rows `budgetVersions` reads. Comparisons take budget
 * figures only through `budgetVersions` and `yearSummary` (src/figures/budget-year.ts); when
 * the budget columns change, only this file changes.
 */
import type { Row } from './municipality.ts';
import { GRANT, type BudgetRow, type Phase } from './budget-year.ts';

/** "planned" is a plan before adoption: a draft, never taken as the budget. */
const PHASE: Record<Row<'budget'>['phase'], Phase> = { planned: 'draft', approved: 'approved', executed: 'executed' };

/** An equalisation grant line: budget code 1611 or a label naming it (выравнивающий / теңдештирүүчү). */
const isGrant = (r: Row<'budget'>) => /^1611/.test(r.code ?? '') || /выравнива|теңдештир/i.test(`${r.label_ru ?? ''} ${r.label_ky ?? ''}`);

export function toBudgetRows(rows: readonly Row<'budget'>[]): BudgetRow[] {
  return rows.map((r) => ({
    year: r.year,
    direction: r.direction,
    phase: PHASE[r.phase],
    code: r.code,
    label_ru: r.label_ru,
    label_ky: r.label_ky,
    label_en: r.label_en,
    category: isGrant(r) ? GRANT : undefined,
    source_doc: r.source_doc,
    // Today's lines are flat: each is its own top-level line.
    line: `r${r._row}`,
    total: false,
    amount_som: r.amount_som,
    _row: r._row,
  }));
}
