/**
 * The staff guide's table of problem codes, generated from the catalogue (problems.ts) so the
 * guide says exactly what the validator prints. Each code gets sample facts to fill its
 * message and the kind of problem it is; the record is exhaustive, so a new code fails the
 * type check until it is described here.
 */
import { problemCodes, type ProblemCode } from '../datasets/problems.ts';
import { EXAMPLES } from '../datasets/vocabulary.ts';
import { problemMessage, texts, type Lang } from '../i18n/index.ts';
import { UNIT_SPELLINGS } from '../datasets/vocabulary.ts';

type Kind = 'error' | 'warning' | 'both';

const CODES: Record<ProblemCode, { kind: Kind; params?: Record<string, string | number> }> = {
  'encoding-utf16': { kind: 'error' },
  'encoding-not-utf8': { kind: 'error', params: { line: 3 } },
  'csv-syntax': { kind: 'error', params: { kind: 'MissingQuotes' } },
  'empty-file': { kind: 'error' },
  'blank-header': { kind: 'error', params: { position: 5 } },
  'duplicate-header': { kind: 'error' },
  'unknown-column': { kind: 'error', params: { allowed: 'year, direction, phase, …' } },
  'missing-column': { kind: 'error' },
  'ragged-row': { kind: 'error', params: { found: 12, expected: 11 } },
  required: { kind: 'error' },
  'not-a-number': { kind: 'error', params: { kind: 'money' } },
  'not-an-integer': { kind: 'error' },
  'out-of-range': { kind: 'error', params: { min: 1991, max: 2100 } },
  'not-a-date': { kind: 'error' },
  'not-allowed': { kind: 'error', params: { allowed: 'revenue, expenditure' } },
  'not-a-boolean': { kind: 'error' },
  'bad-id': { kind: 'error' },
  'duplicate-id': { kind: 'error', params: { first: 2, key: 'id = hearing-2013-01', identical: 'no' } },
  'unknown-reference': { kind: 'error', params: { target: 'contests.csv' } },
  'invalid-json': { kind: 'error', params: { line: 7, column: 5 } },
  'invalid-value': { kind: 'error', params: { issue: 'invalid_type', expected: 'number' } },
  'profile-id-mismatch': { kind: 'error', params: { folder: 'kara-suu' } },
  'missing-file': { kind: 'error' },
  'missing-table': { kind: 'warning' },
  'name-without-consent': { kind: 'error' },
  'amount-as-written-differs': { kind: 'error', params: { parsed: 12000, amount: 1200 } },
  'total-mismatch': { kind: 'warning', params: { stated: 449, computed: 649, what: 'hearings: * / participants' } },
  'part-exceeds-whole': { kind: 'both', params: { part: 'women', partValue: 120, whole: 'participants', wholeValue: 100 } },
  'parts-sum-exceeds-whole': { kind: 'warning', params: { parts: 'age_18_35 + age_36_55 + age_55_plus', sum: 190, whole: 'participants', wholeValue: 180 } },
  'above-population': { kind: 'warning', params: { population: 3728 } },
  'date-outside-period': { kind: 'warning', params: { period: '2012–2014', what: 'action_plans.csv: psd-2012-2014' } },
  'hearing-type-month': { kind: 'warning', params: { type: 'execution', month: 6 } },
  'date-in-future': { kind: 'warning', params: { today: '01.12.2026', limit: '01.12.2026', what: 'hearings.csv: date' } },
  'source-incomplete': { kind: 'warning' },
  'budget-phase-alias': { kind: 'warning' },
  'label-missing': { kind: 'error' },
  'unknown-unit': { kind: 'error', params: { allowed: `${[...UNIT_SPELLINGS.som, ...UNIT_SPELLINGS.thousand.slice(0, 3)].join(', ')}, …` } },
  'amount-grouped': { kind: 'error' },
  'amount-decimals': { kind: 'error' },
  'budget-parent-unknown': { kind: 'error', params: { parent: '2' } },
  'budget-cycle': { kind: 'error' },
  'budget-children-exceed': { kind: 'warning', params: { stated: '3 037 000', computed: '3 237 000', rows: '5, 6' } },
  'budget-total-differs': { kind: 'warning', params: { stated: '5 453 600', computed: '5 435 600', rows: '2–9' } },
  'code-leading-zero': { kind: 'warning', params: { other: '0111010', otherRow: 4 } },
  'budget-implausibly-small': { kind: 'warning', params: { total: '6 597', what: 'revenue, approved' } },
  'text-lost-letters': { kind: 'error', params: { words: EXAMPLES.lostLetters } },
  'text-mojibake': { kind: 'error', params: { readAs: 'windows-1251', repaired: EXAMPLES.mojibakeRepaired } },
  'text-latin-in-cyrillic': { kind: 'warning', params: { words: EXAMPLES.latinInCyrillic[0], repaired: EXAMPLES.latinInCyrillic[1] } },
  'text-look-alike': { kind: 'warning', params: { words: EXAMPLES.lookAlike[0], repaired: EXAMPLES.lookAlike[1] } },
  'xlsx-corrupt': { kind: 'error' },
  'xlsx-encrypted': { kind: 'error' },
  'xlsx-wrong-format': { kind: 'error', params: { format: 'xls' } },
  'xlsx-formula-no-value': { kind: 'error', params: { cell: 'D4', formula: 'SUM(D2:D3)' } },
  'xlsx-error-cell': { kind: 'error', params: { cell: 'D4', error: '#REF!' } },
  'xlsx-merged-cells': { kind: 'warning', params: { range: 'A2:A4', first: 'A2' } },
  'xlsx-other-sheets': { kind: 'warning', params: { sheet: EXAMPLES.sheets[0], others: EXAMPLES.sheets[1] } },
  'xlsx-header-not-in-row-1': { kind: 'error', params: { first: 3 } },
  'sheet-and-csv-both': { kind: 'error', params: { csv: 'budget.csv', xlsx: 'budget.xlsx' } },
  'missing-optional-column': { kind: 'warning' },
  'status-winner-disagree': { kind: 'both', params: { status: 'not_selected', winner: 'yes' } },
  'translation-unknown-record': { kind: 'error', params: { table: 'hearings' } },
  'translation-unknown-field': { kind: 'error', params: { allowed: 'title_ru, decisions_ru' } },
  'translation-out-of-date': { kind: 'warning', params: { current: EXAMPLES.statedTotalLabel } },
  'translation-wrong-lang': { kind: 'warning', params: { lang: 'ky' } },
  'reserved-id': { kind: 'error' },
};

export const BEGIN = '<!-- codes:begin — generated by `npm run templates` from src/datasets/problems.ts -->';
export const END = '<!-- codes:end -->';

export const codeKind = (code: ProblemCode): Kind => CODES[code].kind;

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/</g, '&lt;');

/** The Markdown table of every catalogue code in one language. */
export function codesTable(lang: Lang): string {
  const w = texts(lang).report.codes;
  const lines = [`| ${w.head.join(' | ')} |`, '| --- | --- | --- |'];
  for (const code of problemCodes) {
    const { kind, params = {} } = CODES[code];
    const message = problemMessage(lang, { code, severity: kind === 'warning' ? 'warning' : 'error', file: '', params });
    lines.push(`| \`${code}\` | ${w[kind]} | ${cell(message)} |`);
  }
  return lines.join('\n');
}

/** Replaces the generated block of a guide; throws when the markers are missing. */
export function withCodesTable(guide: string, lang: Lang): string {
  const start = guide.indexOf(BEGIN);
  const end = guide.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the guide has no ${BEGIN} … ${END} block`);
  return `${guide.slice(0, start + BEGIN.length)}\n\n${codesTable(lang)}\n\n${guide.slice(end)}`;
}
