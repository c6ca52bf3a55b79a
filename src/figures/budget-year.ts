/**
 * One budget year as a resident reads it: which documents give it, which one each phase is
 * taken from, the totals, the share executed and the change from the year before. Several
 * documents may give one year (a January budget, a June amendment, a three-year draft); a draft
 * is never taken as the budget. Pure functions over validated budget rows.
 */
import { buildTree, documentTotal, levelSum, type DocumentTotal, type Tree, type TreeLine, type TreeNode } from './budget-tree.ts';
import { share } from './sums.ts';

export const DIRECTIONS = ['revenue', 'expenditure'] as const;
export type Direction = (typeof DIRECTIONS)[number];
/** The phases a page shows as the budget, in the order of the year. */
export const SHOWN_PHASES = ['approved', 'amended', 'executed'] as const;
export const PHASES = ['draft', ...SHOWN_PHASES] as const;
export type Phase = (typeof PHASES)[number];

export interface BudgetRow extends TreeLine {
  year: number;
  direction: Direction;
  phase: Phase;
  code?: string | undefined;
  label_ky?: string | undefined;
  label_ru?: string | undefined;
  label_en?: string | undefined;
  category?: string | undefined;
  source_doc?: string | undefined;
}

/** One document's figures for one year and phase. */
export interface BudgetVersion<R extends BudgetRow = BudgetRow> {
  year: number;
  phase: Phase;
  /** The source document; '' where the rows name none. */
  doc: string;
  /** The document's date (ISO) when the sources give one. */
  date: string | undefined;
  trees: Record<Direction, Tree<R>>;
  totals: Record<Direction, DocumentTotal | undefined>;
  /** Row of the version's first line in the file: the tie-break when dates are unknown. */
  firstRow: number;
}

/** Every document version of a municipality's budget rows, by year then phase, latest first. */
export function budgetVersions<R extends BudgetRow>(rows: readonly R[], dateOf: (doc: string) => string | undefined = () => undefined): BudgetVersion<R>[] {
  const groups = new Map<string, R[]>();
  for (const r of rows) {
    const key = `${r.year}\u0000${r.phase}\u0000${r.source_doc ?? ''}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const versions = [...groups.values()].map((list): BudgetVersion<R> => {
    const first = list[0]!;
    const trees = Object.fromEntries(DIRECTIONS.map((d) => [d, buildTree(list.filter((r) => r.direction === d))])) as Record<Direction, Tree<R>>;
    const totals = Object.fromEntries(DIRECTIONS.map((d) => [d, trees[d].roots.length ? documentTotal(trees[d]) : undefined])) as Record<Direction, DocumentTotal | undefined>;
    const doc = first.source_doc ?? '';
    return { year: first.year, phase: first.phase, doc, date: dateOf(doc), trees, totals, firstRow: Math.min(...list.map((r) => r._row)) };
  });
  return versions.sort((a, b) => a.year - b.year || PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase) || later(b, a));
}

/** >0 when `a` is the later document: by date where both have one, else by row order. */
function later(a: BudgetVersion, b: BudgetVersion): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.firstRow - b.firstRow;
}

/** Years that have a budget to show (a draft alone is not a budget). */
export function budgetYearsShown(versions: readonly BudgetVersion[]): number[] {
  return [...new Set(versions.filter((v) => v.phase !== 'draft').map((v) => v.year))].sort((a, b) => a - b);
}

/** Every year with any document, drafts included: each has its page. */
export const budgetYearsAll = (versions: readonly BudgetVersion[]): number[] => [...new Set(versions.map((v) => v.year))].sort((a, b) => a - b);

export interface Change {
  /** Which phase is compared with the same phase of `year`. */
  phase: 'executed' | 'approved' | 'amended';
  year: number;
  direction: Direction;
  from: number;
  to: number;
  ratio: number | undefined;
}

export interface YearSummary<R extends BudgetRow = BudgetRow> {
  year: number;
  /** The document each phase is taken from: the latest of that phase. */
  shown: Partial<Record<(typeof SHOWN_PHASES)[number], BudgetVersion<R>>>;
  /** Every other document for the year (drafts, earlier versions), latest first. */
  others: BudgetVersion<R>[];
  /** Executed against the latest plan (amended, else approved), per direction. */
  executed: Record<Direction, number | undefined>;
  /** Change from the previous year with a budget, executed against executed where both are, else approved against approved. */
  change: Change[];
  /** Equalisation grant as a share of revenue, in the phase it is computed from. */
  grant: { phase: (typeof SHOWN_PHASES)[number]; amount: number; share: number | undefined } | undefined;
}

const shownTotal = (v: BudgetVersion | undefined, d: Direction) => v?.totals[d]?.shown;

export function yearSummary<R extends BudgetRow>(versions: readonly BudgetVersion<R>[], year: number): YearSummary<R> {
  const ofYear = versions.filter((v) => v.year === year);
  const shown: YearSummary<R>['shown'] = {};
  for (const phase of SHOWN_PHASES) {
    const latest = ofYear.filter((v) => v.phase === phase).at(0);
    if (latest) shown[phase] = latest;
  }
  const chosen = new Set(Object.values(shown));
  const others = ofYear.filter((v) => !chosen.has(v));
  const plan = shown.amended ?? shown.approved;
  const executed = Object.fromEntries(DIRECTIONS.map((d) => [d, share(shownTotal(shown.executed, d), shownTotal(plan, d))])) as Record<Direction, number | undefined>;
  return { year, shown, others, executed, change: changes(versions, year, shown), grant: grantShare(shown) };
}

function changes<R extends BudgetRow>(versions: readonly BudgetVersion<R>[], year: number, shown: YearSummary<R>['shown']): Change[] {
  const previous = budgetYearsShown(versions).filter((y) => y < year).at(-1);
  if (previous === undefined) return [];
  const before = yearSummary(versions.filter((v) => v.year === previous), previous).shown;
  const out: Change[] = [];
  for (const direction of DIRECTIONS) {
    const phase = (['executed', 'approved', 'amended'] as const).find((p) => shownTotal(shown[p], direction) !== undefined && shownTotal(before[p], direction) !== undefined);
    if (!phase) continue;
    const from = shownTotal(before[phase], direction)!;
    const to = shownTotal(shown[phase], direction)!;
    out.push({ phase, year: previous, direction, from, to, ratio: from === 0 ? undefined : (to - from) / from });
  }
  return out;
}

/** The category of revenue lines that are the equalisation grant from the republican budget. */
export const GRANT = 'equalisation-grant';

function grantShare<R extends BudgetRow>(shown: YearSummary<R>['shown']) {
  for (const phase of ['executed', 'amended', 'approved'] as const) {
    const v = shown[phase];
    if (!v) continue;
    const grants = grantNodes(v.trees.revenue.roots);
    if (grants.length === 0) continue;
    const amount = levelSum(grants).value;
    if (amount === undefined) continue;
    return { phase, amount, share: share(amount, shownTotal(v, 'revenue')) };
  }
  return undefined;
}

/** Grant lines at any depth, not descending into one (its "of which" parts are not a second grant). */
function grantNodes<R extends BudgetRow>(nodes: readonly TreeNode<R>[]): TreeNode<R>[] {
  return nodes.flatMap((n) => (n.line.total ? [] : n.line.category === GRANT ? [n] : grantNodes(n.children)));
}

/** A line's identity across documents: its code, else its label, else its number. */
export function lineKey(r: BudgetRow): string {
  return r.code ? `c:${r.code}` : r.label_ky || r.label_ru ? `l:${(r.label_ky || r.label_ru)!.toLowerCase().replace(/\s+/g, ' ').trim()}` : `n:${r.line}`;
}
