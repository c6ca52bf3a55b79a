/** What each data problem means and how to fix it, in English: staff read these, not programmers. */
import { param as p, type ProblemTexts } from '../types.ts';
import { csvSyntax, duplicateId, invalidJson, invalidValue, notANumber, notAnInteger } from './problems-parser.ts';
import { sheetMessages } from './problems-sheets.ts';

export const problems: ProblemTexts = {
  messages: {
    'encoding-utf16': () => 'the file is saved as UTF-16 ("Unicode"). Save it again: Excel — "File → Save As → CSV UTF-8 (Comma delimited)"; LibreOffice — "Save As → Text CSV" with character set "Unicode (UTF-8)".',
    'encoding-not-utf8': (x) => `the file is not UTF-8 (it looks like Windows-1251) — first bad byte on line ${p(x, 'line')}. Save it again: Excel — "File → Save As → CSV UTF-8 (Comma delimited)"; LibreOffice — "Save As → Text CSV" with character set "Unicode (UTF-8)".`,
    'csv-syntax': csvSyntax,
    'empty-file': () => 'the file is empty: it needs at least the header row. Copy it from data/templates/.',
    'blank-header': (x) => `column ${p(x, 'position')} has a blank header. Name the column or delete the empty column.`,
    'duplicate-header': () => 'a column with this name already exists. Keep only one column with this name.',
    'unknown-column': (x) => `unknown column. Allowed columns: ${p(x, 'allowed')}. Check the spelling or delete the column.`,
    'missing-column': () => 'a required column is missing. Add it (headers are in data/templates/).',
    'ragged-row': (x) => `the row has ${p(x, 'found')} cells but there are ${p(x, 'expected')} columns. Remove extra separators or add the missing cells.`,
    required: () => 'the cell is empty but a value is required. Fill it in.',
    'not-a-number': notANumber,
    'not-an-integer': notAnInteger,
    'out-of-range': (x) => `the value is outside the allowed range ${p(x, 'min')}…${p(x, 'max')}. Check for a typo.`,
    'not-a-date': () => 'this is not a date. Write "26.01.2013" or "2013-01-26"; if only the month is known, "03.2013" or "2013-03".',
    'not-allowed': (x) => `value not allowed. Allowed: ${p(x, 'allowed')}.`,
    'not-a-boolean': () => 'write "yes" or "no" (also да/нет, ооба/жок, 1/0).',
    'bad-id': () => 'an id may hold only lower-case Latin letters, digits and hyphens (e.g. "hearing-2013-01").',
    'duplicate-id': duplicateId,
    'unknown-reference': (x) => `reference not found: "${p(x, 'target')}" has no record with this id. Check the spelling or add that record first.`,
    'invalid-json': invalidJson,
    'invalid-value': invalidValue,
    'missing-file': () => 'a required file is missing. Copy it from data/templates/ (the header row alone is enough).',
    'missing-table': () => 'the file is missing: the table is taken as empty. If there is data for it, copy the file from data/templates/ and fill it in.',
    'name-without-consent': () => 'the applicant is named without recorded consent. Set applicant_consent to "yes" only with recorded consent; otherwise remove the name.',
    'amount-as-written-differs': (x) => `the amount as written reads as ${p(x, 'parsed')} som but the amount column says ${p(x, 'amount')}. Correct one of them.`,
    'total-mismatch': (x) => `the stated total ${p(x, 'stated')} differs from the sum of the rows ${p(x, 'computed')} (${p(x, 'what')}). The site shows both.`,
    'part-exceeds-whole': (x) => `${p(x, 'part')} (${p(x, 'partValue')}) is larger than ${p(x, 'whole')} (${p(x, 'wholeValue')}). Check the figures.`,
    'parts-sum-exceeds-whole': (x) => `${p(x, 'parts')} add up to ${p(x, 'sum')}, more than ${p(x, 'whole')} (${p(x, 'wholeValue')}). Check the figures: the groups cannot add up to more than the total.`,
    'above-population': (x) => `the number is larger than the municipality's population (${p(x, 'population')} in municipality.json). Check it; if it is right (e.g. it counts attendances, not people), explain that in the note column.`,
    'date-outside-period': (x) => `the date or year is outside the period ${p(x, 'period')} (${p(x, 'what')}). Check the year and month in both records.`,
    'hearing-type-month': (x) => `"${p(x, 'type')}" hearings are usually held ${p(x, 'type') === 'formation' ? 'in May–July' : 'in January–March'}, but this one is in month ${p(x, 'month')}. Check the type (execution — budget execution, formation — budget formation) and the date.`,
    'date-in-future': (x) => `the date or year is later than possible today (${p(x, 'today')}): it may be ${p(x, 'limit')} at the latest (${p(x, 'what')}). Past events and an executed budget cannot be in the future — check the year.`,
    'source-incomplete': () => 'the source document has no title (title_ru) or kind (kind_ru). Fill them in data/sources.json: the site shows them beside every figure.',
    'missing-optional-column': () => 'an optional column is missing: the check takes it as empty on every row. If there is data for it, add the column (headers are in data/templates/).',
    ...sheetMessages,
  },
  /** Words of a problem's location line. */
  labels: { error: 'Error', warning: 'Warning', row: 'row', column: 'column', value: 'value' },
};
