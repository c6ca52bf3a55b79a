/**
 * Checks of a municipality's budget documents, across their lines: every `parent` names a line
 * of the same document and no line is its own ancestor (errors); "of which" lines that add up
 * to more than their line and document totals that differ from their lines (warnings: the site
 * shows both figures); codes a spreadsheet may have stripped of a leading zero; a total far too
 * small for a year's budget (perhaps typed in thousands with the unit left as som).
 */
import type { MunicipalityData } from '../datasets/load.ts';
import type { SourceDocument } from '../datasets/municipality.ts';
import type { Problem } from '../datasets/problems.ts';
import { budgetVersions, DIRECTIONS, type BudgetRow } from '../figures/budget-year.ts';
import { mismatches } from '../figures/budget-tree.ts';
import { UNIT_SPELLINGS } from '../datasets/vocabulary.ts';

/** Below this a whole year's revenue or expenditure of a municipality is not plausible (som). */
export const PLAUSIBLE_MINIMUM_SOM = 100_000;

type Line = BudgetRow & { amount?: string | undefined; unit?: string | undefined };

/** "1 234 567,8": figures in messages, the same in every language. */
export function plainMoney(n: number): string {
  const [whole, frac] = Math.abs(n).toFixed(2).replace(/\.?0+$/, '').split('.');
  return `${n < 0 ? '−' : ''}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}${frac ? `,${frac}` : ''}`;
}

/** Spreadsheet rows as a short list: "4, 5, 6" or "4–120" (when there are many). */
export function rowList(rows: readonly number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  if (sorted.length <= 8) return sorted.join(', ');
  return `${sorted[0]}–${sorted.at(-1)} (${sorted.length})`;
}

export function checkBudget(m: MunicipalityData, sources: readonly SourceDocument[], out: Problem[]): void {
  const file = `municipalities/${m.profile.id}/budget.csv`;
  const rows = m.tables.budget as unknown as Line[];
  if (rows.length === 0) return;
  const dates = new Map(sources.map((s) => [s.id, (s as { date?: string }).date]));
  const versions = budgetVersions(rows, (d) => dates.get(d));
  const totals: Array<{ total: number; row: Line; what: string; som: boolean }> = [];
  for (const v of versions) {
    for (const d of DIRECTIONS) {
      const tree = v.trees[d];
      for (const line of tree.problems.unknownParent) {
        out.push({ code: 'budget-parent-unknown', severity: 'error', file, row: line._row, column: 'parent', value: line.parent ?? '', params: { parent: line.parent ?? '' } });
      }
      for (const line of tree.problems.cycle) out.push({ code: 'budget-cycle', severity: 'error', file, row: line._row, column: 'parent', value: line.parent ?? '' });
      for (const x of mismatches(tree)) {
        out.push({
          code: x.kind === 'children' ? 'budget-children-exceed' : 'budget-total-differs',
          severity: 'warning',
          file,
          row: x.line._row,
          column: 'amount',
          value: (x.line as Line).amount ?? '',
          params: { stated: plainMoney(x.stated), computed: plainMoney(x.computed), rows: rowList(x.parts.map((p) => p._row)) },
        });
      }
      const shown = v.totals[d]?.shown;
      const first = tree.roots[0]?.line as Line | undefined;
      const stated = tree.roots.find((n) => n.line.total)?.line as Line | undefined;
      // A draft line or two may be a project's plan, not a year's budget: only a whole document is judged.
      if (shown !== undefined && first && (v.phase !== 'draft' || stated)) {
        const totalLine = stated ?? first;
        totals.push({ total: shown, row: totalLine, what: `${d}, ${v.phase} ${v.year}`, som: totalLine.unit === 'som' });
      }
    }
  }
  const sorted = totals.map((t) => t.total).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  for (const t of totals) {
    const small = t.total > 0 && (t.total < PLAUSIBLE_MINIMUM_SOM || (median !== undefined && t.total * 100 < median));
    if (small && t.som) {
      out.push({ code: 'budget-implausibly-small', severity: 'warning', file, row: t.row._row, column: 'unit', value: t.row.unit === 'som' ? UNIT_SPELLINGS.som[0] : String(t.row.unit ?? ''), params: { total: plainMoney(t.total), what: t.what } });
    }
  }
  checkLeadingZeros(rows, file, out);
}

/** "111010" beside "0111010" in one direction's codes: the spreadsheet may have dropped the zero. */
export function checkLeadingZeros(rows: readonly Line[], file: string, out: Problem[]): void {
  for (const d of DIRECTIONS) {
    const digits = rows.filter((r) => r.direction === d && r.code && /^\d+$/.test(r.code));
    const zeroLengths = new Map<number, Line>();
    for (const r of digits) {
      const zeros = /^0+/.exec(r.code!)?.[0].length ?? 0;
      if (zeros > 0 && !zeroLengths.has(r.code!.length - zeros)) zeroLengths.set(r.code!.length - zeros, r);
    }
    const told = new Set<string>();
    for (const r of digits) {
      if (r.code!.startsWith('0') || told.has(r.code!)) continue;
      const other = zeroLengths.get(r.code!.length);
      if (!other) continue;
      told.add(r.code!);
      out.push({ code: 'code-leading-zero', severity: 'warning', file, row: r._row, column: 'code', value: r.code!, params: { other: other.code!, otherRow: other._row } });
    }
  }
}
