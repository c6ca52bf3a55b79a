/**
 * Budget lines: 30–60 classification lines a year, each with its planned, approved and
 * executed amount (the last year is still running: no executed figures yet).
 */
import { BUDGET_LINES, type BudgetLine } from './budget-lines.ts';
import type { RowOf } from './rows.ts';
import type { PlannedMunicipality } from './country.ts';
import type { Random } from './random.ts';

export interface YearTotals {
  year: number;
  /** Approved expenditure, for hearings that adopt the budget. */
  approvedExpenditure: number;
  executedExpenditure: number | undefined;
  /** Approved "local initiatives" line, the contest's allocation when present. */
  initiativesLine: number | undefined;
}

function pickLines(rng: Random): BudgetLine[] {
  const core = BUDGET_LINES.filter((l) => l.core);
  const rest = BUDGET_LINES.filter((l) => !l.core);
  const count = rng.int(30, 60);
  const chosen = new Set([...core, ...rng.sample(rest, count - core.length)]);
  // Keep the classification order, as a budget document lists it.
  return BUDGET_LINES.filter((l) => chosen.has(l));
}

/** Splits `total` over lines by weight with some noise, in whole som. */
function split(rng: Random, total: number, lines: readonly BudgetLine[]): number[] {
  const weights = lines.map((l) => l.weight * rng.float(0.5, 1.5));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.max(1000, Math.round((total * w) / sum / 100) * 100));
}

export function budgetRows(m: PlannedMunicipality, years: readonly number[], source: string): { rows: RowOf<'budget'>[]; totals: YearTotals[] } {
  const rng = m.rng.fork('budget');
  const rows: RowOf<'budget'>[] = [];
  const totals: YearTotals[] = [];
  const perCapita = rng.float(1800, 4200);
  const lastYear = years[years.length - 1];
  years.forEach((year, k) => {
    const total = m.population * perCapita * Math.pow(1.08, k) * rng.float(0.93, 1.07);
    const lines = pickLines(rng);
    const revenue = lines.filter((l) => l.direction === 'revenue');
    const expenditure = lines.filter((l) => l.direction === 'expenditure');
    const planned = [...split(rng, total, revenue), ...split(rng, total * rng.float(0.98, 1.03), expenditure)];
    const ordered = [...revenue, ...expenditure];
    let approvedExpenditure = 0;
    let executedExpenditure: number | undefined = year === lastYear ? undefined : 0;
    let initiativesLine: number | undefined;
    ordered.forEach((line, i) => {
      const plan = planned[i]!;
      const approved = Math.round((plan * rng.float(0.95, 1.08)) / 100) * 100;
      const base = { year, direction: line.direction, code: line.code, label_ru: line.ru, label_ky: line.ky, label_en: line.en, source_doc: source };
      rows.push({ ...base, phase: 'planned', amount_som: plan, source_section: `Проект бюджета на ${year} год` });
      rows.push({ ...base, phase: 'approved', amount_som: approved, source_section: `Бюджет на ${year} год, утверждён айылным кенешем` });
      if (line.direction === 'expenditure') approvedExpenditure += approved;
      if (line.code.startsWith('0490.')) initiativesLine = approved;
      if (year !== lastYear) {
        // Executed figures carry tyiyn: "123456,78".
        const executed = Math.round(approved * rng.float(0.78, 1.04) * 100) / 100;
        const note = executed < approved * 0.85 ? 'Исполнение ниже 85 %: часть работ перенесена на следующий год.' : undefined;
        rows.push({ ...base, phase: 'executed', amount_som: executed, source_section: `Отчёт об исполнении бюджета за ${year} год`, note });
        if (line.direction === 'expenditure') executedExpenditure = (executedExpenditure ?? 0) + executed;
      }
    });
    totals.push({ year, approvedExpenditure, executedExpenditure, initiativesLine });
  });
  return { rows, totals };
}
