/**
 * One year's budget as tables: per direction, one row per budget line and one amount column per
 * phase present (the data has one row per line and phase); then the totals by phase beside the
 * previous year's.
 */
import type { MunicipalityData } from '../../../datasets/load.ts';
import { budgetOf, budgetTotals, budgetYears, type Row } from '../../../figures/municipality.ts';
import { t, type Key, type Lang } from '../../../i18n/index.ts';
import { fromColumns, pick } from '../../../i18n/pick.ts';
import type { Column } from '../table/table.ts';

export const PHASES = ['planned', 'approved', 'executed'] as const;
export const DIRECTIONS = ['revenue', 'expenditure'] as const;
export type Phase = (typeof PHASES)[number];
export type Direction = (typeof DIRECTIONS)[number];

/** A budget line with its amount per phase. */
export type PivotRow = Row<'budget'> & { byPhase: Partial<Record<Phase, number | undefined>> };

/**
 * The phase pivot of one direction's lines. A line is its code and Russian label (the table's
 * key); where the key repeats, the last row's fields (its source note) stand for the line.
 */
export function pivotPhases(lines: readonly Row<'budget'>[], direction: Direction): { phases: Phase[]; rows: PivotRow[] } {
  const rows = lines.filter((l) => l.direction === direction);
  const keys = [...new Map(rows.map((r) => [`${r.code ?? ''}|${r.label_ru ?? ''}`, r])).values()];
  const phases = PHASES.filter((ph) => rows.some((r) => r.phase === ph));
  const amount = (k: Row<'budget'>, ph: Phase) => rows.find((r) => r.phase === ph && r.code === k.code && r.label_ru === k.label_ru)?.amount_som;
  return { phases, rows: keys.map((k) => ({ ...k, byPhase: Object.fromEntries(phases.map((ph) => [ph, amount(k, ph)])) })) };
}

/** A line's label in the page's language, else another's, else its code (which has no language). */
export function lineLabel(lang: Lang, line: Row<'budget'>): { text: string | undefined; lang: string | undefined } {
  const label = pick(lang, fromColumns(line, 'label'));
  return label ?? { text: line.code, lang: undefined };
}

export interface BudgetGroup {
  direction: Direction;
  /** Table id, also the chart's source. */
  id: string;
  heading: string;
  caption: string;
  columns: Column<PivotRow>[];
  rows: PivotRow[];
}

export function budgetGroups(lang: Lang, lines: readonly Row<'budget'>[], year: number): BudgetGroup[] {
  return DIRECTIONS.map((direction) => {
    const { phases, rows } = pivotPhases(lines, direction);
    const heading = t(lang, `budget.${direction}`);
    const columns: Column<PivotRow>[] = [
      { label: t(lang, 'budget.line'), kind: 'text', get: (r) => lineLabel(lang, r).text, dataLang: (r) => lineLabel(lang, r).lang },
      { label: t(lang, 'budget.code'), kind: 'text', get: (r) => r.code },
      ...phases.map((ph): Column<PivotRow> => ({ label: t(lang, `budget.${ph}`), kind: 'money', get: (r) => r.byPhase[ph], series: true })),
    ];
    return { direction, id: `budget-${year}-${direction}`, heading, caption: `${heading}, ${year}`, columns, rows };
  }).filter((g) => g.rows.length > 0);
}

export interface TotalRow {
  direction: string;
  phase: string;
  total: number | undefined;
  label: string;
  previous: number | undefined;
}

/** Totals by direction and phase, with the change from the previous year that has a budget. */
export function budgetTotalsView(lang: Lang, m: MunicipalityData, year: number): { columns: Column<TotalRow>[]; rows: TotalRow[] } {
  const previous = budgetYears(m).filter((y) => y < year).at(-1);
  const prevTotals = previous === undefined ? [] : budgetTotals(budgetOf(m, previous));
  const rows = budgetTotals(budgetOf(m, year)).map((b) => ({
    ...b,
    label: `${t(lang, `budget.${b.direction}` as Key)}, ${t(lang, `budget.${b.phase}` as Key)}`,
    previous: prevTotals.find((p) => p.direction === b.direction && p.phase === b.phase)?.total,
  }));
  const columns: Column<TotalRow>[] = [
    { label: t(lang, 'common.type'), kind: 'text', get: (r) => r.label },
    { label: t(lang, 'common.total'), kind: 'money', get: (r) => r.total, series: true },
    ...(previous === undefined
      ? []
      : [{ label: t(lang, 'budget.change', { year: previous }), kind: 'money' as const, get: (r: TotalRow) => (r.total !== undefined && r.previous !== undefined ? r.total - r.previous : undefined) }]),
  ];
  return { columns, rows };
}
