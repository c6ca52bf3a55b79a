/** The validator's words in English: its report, the staff guide's table of codes, the treasury check's summary. */
import { formatNumber } from '../format.ts';
import type { ReportTexts } from '../types.ts';

export const report: ReportTexts = {
  validate: {
    title: 'Data check',
    row: 'Row',
    column: 'Column',
    value: 'Value',
    problem: 'What is wrong and how to fix it',
    error: 'error',
    warning: 'warning',
    ok: 'No errors.',
    guide: 'What each code means and how to fix it: docs/staff-guide.ru.md, docs/staff-guide.ky.md',
    summary: (e: number, w: number, f: number) => `Summary: ${e} error(s), ${w} warning(s), ${f} file(s) with problems.`,
    times: (n: number) => `on ${formatNumber('en', n)} rows`,
    various: 'various',
  },
  codes: {
    head: ['Code', 'Kind', 'What is wrong and how to fix it (as the check prints it)'],
    error: 'error',
    warning: 'warning',
    both: 'error or warning',
  },
  transactions: (rows: number, e: number, shown: number) => `Rows: ${rows}. Errors: ${e}.${e > shown ? ` The first ${shown} are shown.` : ''}`,
};
