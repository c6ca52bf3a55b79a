/**
 * The overview's budget block: the latest year with a budget (a draft never counts), its revenue
 * and expenditure in the latest phase shown, the share executed, the biggest expenditure lines
 * and one link to the year's page.
 */
import type { MunicipalityData } from '../../../datasets/load.ts';
import type { SourceDocument } from '../../../datasets/municipality.ts';
import { budgetYearsShown, DIRECTIONS, SHOWN_PHASES, yearSummary, type Direction } from '../../../figures/budget-year.ts';
import { budgetVersionsOf } from '../../../figures/municipality.ts';
import type { Lang } from '../../../i18n/langs.ts';
import { href } from '../../routing/routes.ts';
import { lineLabel, primaryOf } from '../budget-year/budget-year.ts';

export interface BudgetSummaryView {
  year: number;
  /** Per direction: the latest shown phase's total. */
  totals: Array<{ direction: Direction; phase: (typeof SHOWN_PHASES)[number]; som: number | undefined }>;
  executed: Partial<Record<Direction, number>>;
  biggest: Array<{ label: string; lang: string | undefined; som: number }>;
  href: string;
}

export function budgetSummary(lang: Lang, m: MunicipalityData, sources: readonly SourceDocument[] = [], top = 3): BudgetSummaryView | undefined {
  const versions = budgetVersionsOf(m, sources);
  const year = budgetYearsShown(versions).at(-1);
  if (year === undefined) return undefined;
  const s = yearSummary(versions, year);
  const totals: BudgetSummaryView['totals'] = [];
  for (const direction of DIRECTIONS) {
    const phase = [...SHOWN_PHASES].reverse().find((p) => s.shown[p]?.totals[direction]);
    if (phase) totals.push({ direction, phase, som: s.shown[phase]!.totals[direction]!.shown });
  }
  const executed: BudgetSummaryView['executed'] = {};
  for (const d of DIRECTIONS) if (s.executed[d] !== undefined) executed[d] = s.executed[d];
  const primary = primaryOf(s)!;
  const biggest = primary.trees.expenditure.roots
    .filter((n) => !n.line.total && n.line.amount_som !== undefined)
    .sort((a, b) => b.line.amount_som! - a.line.amount_som!)
    .slice(0, top)
    .map((n) => ({ label: lineLabel(lang, n.line).text ?? n.line.line, lang: lineLabel(lang, n.line).lang, som: n.line.amount_som! }));
  return { year, totals, executed, biggest, href: href(lang, m.profile.id, 'budget', year) };
}
