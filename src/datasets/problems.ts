/**
 * The catalogue of data problems (after Frictionless' typed errors): codes, severities and
 * where a problem sits. What each code says to staff, and how to fix it, is text in every
 * language: src/i18n/<lang>/problems.ts (problemMessage and formatProblem in src/i18n/).
 */

export type Severity = 'error' | 'warning';

/** Every code of the catalogue, in the order the staff guide's table lists them. */
export const problemCodes = [
  'encoding-utf16',
  'encoding-not-utf8',
  'csv-syntax',
  'empty-file',
  'blank-header',
  'duplicate-header',
  'unknown-column',
  'missing-column',
  'ragged-row',
  'required',
  'not-a-number',
  'not-an-integer',
  'out-of-range',
  'not-a-date',
  'not-allowed',
  'not-a-boolean',
  'bad-id',
  'duplicate-id',
  'unknown-reference',
  'invalid-json',
  'invalid-value',
  'profile-id-mismatch',
  'missing-file',
  'missing-table',
  'name-without-consent',
  'amount-as-written-differs',
  'total-mismatch',
  'part-exceeds-whole',
  'parts-sum-exceeds-whole',
  'above-population',
  'date-outside-period',
  'hearing-type-month',
  'date-in-future',
  'source-incomplete',
  'budget-phase-alias',
  'label-missing',
  'unknown-unit',
  'amount-grouped',
  'amount-decimals',
  'budget-parent-unknown',
  'budget-cycle',
  'budget-children-exceed',
  'budget-total-differs',
  'code-leading-zero',
  'budget-implausibly-small',
  // Spreadsheets (.xlsx) and damaged text (issue 14); severities in `defaultSeverity`.
  'text-lost-letters',
  'text-mojibake',
  'text-latin-in-cyrillic',
  'text-look-alike',
  'xlsx-corrupt',
  'xlsx-encrypted',
  'xlsx-wrong-format',
  'xlsx-formula-no-value',
  'xlsx-error-cell',
  'xlsx-merged-cells',
  'xlsx-other-sheets',
  'xlsx-header-not-in-row-1',
  'sheet-and-csv-both',
  'missing-optional-column',
  // Residents get answers (issue 15).
  'status-winner-disagree',
  'translation-unknown-record',
  'translation-unknown-field',
  'translation-out-of-date',
  'translation-wrong-lang',
  // Records as sections of grouped pages (issue 17).
  'reserved-id',
] as const;

export type ProblemCode = (typeof problemCodes)[number];

/** The severity a code always has, for the codes whose severity never depends on the check. */
export const defaultSeverity: Partial<Record<ProblemCode, Severity>> = {
  'text-lost-letters': 'error',
  'text-mojibake': 'error',
  'text-latin-in-cyrillic': 'warning',
  'text-look-alike': 'warning',
  'xlsx-corrupt': 'error',
  'xlsx-encrypted': 'error',
  'xlsx-wrong-format': 'error',
  'xlsx-formula-no-value': 'error',
  'xlsx-error-cell': 'error',
  'xlsx-merged-cells': 'warning',
  'xlsx-other-sheets': 'warning',
  'xlsx-header-not-in-row-1': 'error',
  'sheet-and-csv-both': 'error',
  'missing-optional-column': 'warning',
  'translation-unknown-record': 'error',
  'translation-unknown-field': 'error',
  'translation-out-of-date': 'warning',
  'translation-wrong-lang': 'warning',
};

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** Path relative to the data folder, e.g. `municipalities/orozbekov/budget.csv`. */
  file: string;
  /** 1-based row as a spreadsheet shows it: the header is row 1. */
  row?: number;
  column?: string;
  value?: string;
  /** Extra facts a message needs (allowed values, the other file, the computed sum...). */
  params?: Record<string, string | number>;
}

/** Builds a problem with the severity `defaultSeverity` gives its code. */
export function problem(code: ProblemCode, fields: Omit<Problem, 'code' | 'severity'>): Problem {
  return { code, severity: defaultSeverity[code] ?? 'error', ...fields };
}

/**
 * Thrown when data has errors, so a bad data folder never becomes a site. The caller words
 * the message (src/i18n's dataErrorMessage): this layer holds no human text.
 */
export class DataError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[], message: string) {
    super(message);
    this.name = 'DataError';
    this.problems = problems;
  }
}
