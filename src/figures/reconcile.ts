/**
 * Stated totals against the rows they claim to total. The site shows both figures; this
 * module only computes, it never replaces the stated figure.
 */
import { sumOf, type Sum } from './sums.ts';

/** Parses a stated total's filter, "type=execution;group=x", into pairs. */
export function parseFilter(filter: string | undefined): Array<[string, string]> {
  if (!filter) return [];
  return filter
    .split(';')
    .map((part) => part.split('=').map((s) => s.trim()))
    .filter((pair): pair is [string, string] => pair.length === 2 && pair[0] !== '');
}

export function selectRows<T extends object>(rows: readonly T[], filter: string | undefined): T[] {
  const pairs = parseFilter(filter);
  return rows.filter((row) => pairs.every(([k, v]) => String((row as Record<string, unknown>)[k] ?? '') === v));
}

export interface Reconciliation {
  stated: number;
  computed: Sum;
  /** True when every selected row has a value and the sum equals the stated total. */
  matches: boolean;
  /** stated − computed, when the computed sum is complete. */
  difference: number | undefined;
  /** True when the rows certainly disagree: a complete sum that differs, or known values already above the stated total. */
  disagrees: boolean;
}

/**
 * @example reconcile(449, [{p: 414}, {p: 235}], 'p') // { stated: 449, computed: {value: 649,...}, matches: false, difference: -200 }
 */
export function reconcile<T>(stated: number, rows: readonly T[], column: keyof T): Reconciliation {
  const computed = sumOf(rows, column);
  const complete = computed.missing === 0 && computed.value !== undefined;
  const difference = complete ? stated - computed.value! : undefined;
  const disagrees = complete ? difference !== 0 : computed.value !== undefined && computed.value > stated;
  return { stated, computed, matches: difference === 0, difference, disagrees };
}
