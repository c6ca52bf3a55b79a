/** Funding splits: cash and in-kind parts, shares, and the check against a stated total. */
import { addKnown, share, sumOf } from './sums.ts';

export interface FundingRow {
  source_type: string;
  amount_som: number | undefined;
  in_kind: boolean;
}

export interface FundingSummary {
  cash: number | undefined;
  inKind: number | undefined;
  total: number | undefined;
  /** Rows whose amount the source does not give (e.g. "organising the events"). */
  unknownAmounts: number;
}

/**
 * @example summariseFunding([{source_type:'local_budget',amount_som:107000,in_kind:false},{source_type:'residents_labour',amount_som:25000,in_kind:true}])
 *   // { cash: 107000, inKind: 25000, total: 132000, unknownAmounts: 0 }
 */
export function summariseFunding(rows: readonly FundingRow[]): FundingSummary {
  const cash = sumOf(rows.filter((r) => !r.in_kind), 'amount_som');
  const inKind = sumOf(rows.filter((r) => r.in_kind), 'amount_som');
  return {
    cash: cash.value,
    inKind: inKind.value,
    total: addKnown(cash.value, inKind.value),
    unknownAmounts: cash.missing + inKind.missing,
  };
}

/** Each row's share of the known total, for the chart and the table. */
export function fundingShares<T extends FundingRow>(rows: readonly T[]): Array<T & { share: number | undefined }> {
  const total = summariseFunding(rows).total;
  return rows.map((r) => ({ ...r, share: share(r.amount_som, total) }));
}

export interface FundingCheck {
  stated: number | undefined;
  cash: number | undefined;
  withInKind: number | undefined;
  /** Which reading of the rows gives the stated total, if any. */
  matches: 'cash' | 'with-in-kind' | 'none' | 'no-stated-total';
}

/**
 * Compares a stated total with the cash sum and with the sum including in-kind work:
 * the road repair's "457 000" is 432 000 cash plus 25 000 labour.
 */
export function checkFunding(stated: number | undefined, rows: readonly FundingRow[]): FundingCheck {
  const s = summariseFunding(rows);
  const matches =
    stated === undefined ? 'no-stated-total' : s.cash === stated ? 'cash' : s.total === stated ? 'with-in-kind' : 'none';
  return { stated, cash: s.cash, withInKind: s.total, matches };
}
