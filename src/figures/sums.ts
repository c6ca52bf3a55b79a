/**
 * Sums that respect "no data": a value left empty is not 0, so a sum over rows where
 * some values are missing says how many were missing instead of pretending to be complete.
 */

export interface Sum {
  /** Sum of the known values; undefined when no row has a value. */
  value: number | undefined;
  /** Rows that had a value. */
  known: number;
  /** Rows whose value is missing. */
  missing: number;
}

/**
 * @example sumOf([{a: 1}, {a: undefined}, {a: 2}], 'a') // { value: 3, known: 2, missing: 1 }
 */
export function sumOf<T>(rows: readonly T[], column: keyof T): Sum {
  let value: number | undefined;
  let known = 0;
  for (const row of rows) {
    const v = row[column];
    if (typeof v === 'number') {
      value = (value ?? 0) + v;
      known++;
    }
  }
  return { value, known, missing: rows.length - known };
}

/** Adds numbers where at least one is known. */
export function addKnown(...values: Array<number | undefined>): number | undefined {
  return values.reduce<number | undefined>((acc, v) => (v === undefined ? acc : (acc ?? 0) + v), undefined);
}

/** A share in [0, 1], or undefined when either side is unknown or the whole is 0. */
export function share(part: number | undefined, whole: number | undefined): number | undefined {
  if (part === undefined || whole === undefined || whole === 0) return undefined;
  return part / whole;
}
