/**
 * Budget documents as a council prints them: per year a draft (долбоор), the approved budget and,
 * for past years, the execution report. Revenue lines are numbered "1", "2", …; each expenditure
 * section is a numbered line with its items as "of which" lines ("3.1", "3.2") under it; each
 * document ends with its own total line ("Жалпы баары"), which is never summed. About half of
 * the municipalities print their documents in миң сом with one decimal, as resolutions do.
 */
import { BUDGET_LINES, type BudgetLine } from './budget-lines.ts';
import { decimal, type RowOf } from './rows.ts';
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

/** Splits `total` over lines by weight with some noise, in whole hundreds of som. */
function split(rng: Random, total: number, lines: readonly BudgetLine[]): number[] {
  const weights = lines.map((l) => l.weight * rng.float(0.5, 1.5));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.max(1000, Math.round((total * w) / sum / 100) * 100));
}

const PHASE_SECTION = {
  draft: (y: number) => `Проект бюджета на ${y} год`,
  approved: (y: number) => `Бюджет на ${y} год, утверждён айылным кенешем`,
  executed: (y: number) => `Отчёт об исполнении бюджета за ${y} год`,
} as const;
type DocPhase = keyof typeof PHASE_SECTION;

/** A document's amount as printed: in миң сом with one decimal, or in сом (executed with tyiyn). */
const printed = (som: number, thousand: boolean, phase: DocPhase): number =>
  thousand ? Math.round(som / 100) * 100 : phase === 'executed' ? Math.round(som * 100) / 100 : Math.round(som);

function amountCell(som: number, thousand: boolean): string {
  if (!thousand) return decimal(som);
  return (som / 1000).toFixed(1).replace('.', ',');
}

export function budgetRows(m: PlannedMunicipality, years: readonly number[], source: string): { rows: RowOf<'budget'>[]; totals: YearTotals[] } {
  const rng = m.rng.fork('budget');
  const thousand = rng.chance(0.5);
  const unit = thousand ? 'миң сом' : 'сом';
  const rows: RowOf<'budget'>[] = [];
  const totals: YearTotals[] = [];
  const perCapita = rng.float(1800, 4200);
  const lastYear = years[years.length - 1];
  years.forEach((year, k) => {
    const total = m.population * perCapita * Math.pow(1.08, k) * rng.float(0.93, 1.07);
    const lines = pickLines(rng);
    const revenue = lines.filter((l) => l.direction === 'revenue');
    const expenditure = lines.filter((l) => l.direction === 'expenditure');
    const planned = new Map<BudgetLine, number>();
    [...split(rng, total, revenue), ...split(rng, total * rng.float(0.98, 1.03), expenditure)].forEach((v, i) => planned.set([...revenue, ...expenditure][i]!, v));
    const amounts: Record<DocPhase, Map<BudgetLine, number>> = { draft: new Map(), approved: new Map(), executed: new Map() };
    for (const [line, plan] of planned) {
      amounts.draft.set(line, printed(plan, thousand, 'draft'));
      const approved = printed(plan * rng.float(0.95, 1.08), thousand, 'approved');
      amounts.approved.set(line, approved);
      if (year !== lastYear) amounts.executed.set(line, printed(approved * rng.float(0.78, 1.04), thousand, 'executed'));
    }
    const phases: DocPhase[] = year === lastYear ? ['draft', 'approved'] : ['draft', 'approved', 'executed'];
    for (const phase of phases) {
      const a = amounts[phase];
      const base = { year, phase, unit, source_doc: source, source_section: PHASE_SECTION[phase](year) };
      const sum = (ls: readonly BudgetLine[]) => Math.round(ls.reduce((s, l) => s + a.get(l)!, 0) * 100) / 100;
      revenue.forEach((l, i) =>
        rows.push({ ...base, direction: 'revenue', line: String(i + 1), code: l.code, label_ky: l.ky, label_ru: l.ru, label_en: l.en, amount: amountCell(a.get(l)!, thousand), category: l.code === '1611' ? 'equalisation-grant' : undefined }),
      );
      rows.push({ ...base, direction: 'revenue', line: 'Итого', label_ky: 'Жалпы баары', label_ru: 'Итого доходов', label_en: 'Total revenue', amount: amountCell(sum(revenue), thousand), total: true });
      const sections = [...new Set(expenditure.map((l) => l.code.split('.')[0]!))];
      sections.forEach((section, i) => {
        const items = expenditure.filter((l) => l.code.startsWith(`${section}.`));
        const [ky, ru, en] = [items[0]!.ky, items[0]!.ru, items[0]!.en].map((s) => s.split(': ')[0]!);
        const n = String(i + 1);
        rows.push({ ...base, direction: 'expenditure', line: n, code: section, label_ky: ky, label_ru: ru, label_en: en, amount: amountCell(sum(items), thousand) });
        items.forEach((l, j) =>
          rows.push({ ...base, direction: 'expenditure', line: `${n}.${j + 1}`, parent: n, code: l.code, label_ky: `мунун ичинен: ${l.ky.split(': ')[1]}`, label_ru: `в том числе: ${l.ru.split(': ')[1]}`, label_en: `of which: ${l.en.split(': ')[1]}`, amount: amountCell(a.get(l)!, thousand), note: phase === 'executed' && a.get(l)! < amounts.approved.get(l)! * 0.85 ? 'Исполнение ниже 85 %: часть работ перенесена на следующий год.' : undefined }),
        );
      });
      rows.push({ ...base, direction: 'expenditure', line: 'Итого', label_ky: 'Жалпы баары', label_ru: 'Итого расходов', label_en: 'Total expenditure', amount: amountCell(sum(expenditure), thousand), total: true });
    }
    const initiatives = expenditure.find((l) => l.code.startsWith('0490.'));
    totals.push({
      year,
      approvedExpenditure: expenditure.reduce((s, l) => s + amounts.approved.get(l)!, 0),
      executedExpenditure: year === lastYear ? undefined : Math.round(expenditure.reduce((s, l) => s + amounts.executed.get(l)!, 0) * 100) / 100,
      initiativesLine: initiatives ? amounts.approved.get(initiatives) : undefined,
    });
  });
  return { rows, totals };
}
