/** Compact views of problems for exact assertions. */
import type { Problem } from '../../src/datasets/problems.ts';

/** Where a problem points and what it is: the fields a person needs to find the cell. */
export function where(p: Problem) {
  return { code: p.code, file: p.file, row: p.row, column: p.column, value: p.value };
}

export const errorsOf = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');
