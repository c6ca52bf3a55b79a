/**
 * English texts of the problems whose wording depends on the facts: the kind of column (a year
 * is not money), the parser's own error (papaparse, zod, JSON) told in plain words, a whole key.
 */
import { param as p, type Params } from '../types.ts';

const EMPTY_NOT_ZERO = 'Leave an unknown value empty, do not write 0.';

export const notANumber = (x: Params): string =>
  ({
    year: 'this is not a year. Write the year in four digits, e.g. "2024", without "г." or spaces.',
    count: `this is not a number. Write the count in digits, e.g. "113", without words ("people", "чел."). ${EMPTY_NOT_ZERO}`,
    money: `this is not an amount. Write digits only: "5 684 800", "12,0" or "12.0"; no words such as "som" or "тыс."; money in som (12,0 тыс. сом → 12000). ${EMPTY_NOT_ZERO}`,
  })[p(x, 'kind')] ?? `this is not a number. Write digits only: "5 684 800", "12,0" or "12.0", without words or units. ${EMPTY_NOT_ZERO}`;

export const notAnInteger = (x: Params): string =>
  ({
    year: 'a year is a whole number of four digits, e.g. "2024". Correct the value.',
    count: 'a count is a whole number (people, events), no fractional part. Correct the value.',
  })[p(x, 'kind')] ?? 'a whole number is needed (no fractional part). Correct the value.';

const CSV_SYNTAX: Record<string, string> = {
  MissingQuotes: 'a quote " is opened and not closed before the end of the file',
  InvalidQuotes: 'text follows a closing quote "',
  UndetectableDelimiter: 'the column separator could not be found',
  TooFewFields: 'the row has fewer cells than columns',
  TooManyFields: 'the row has more cells than columns',
};
export const csvSyntax = (x: Params): string =>
  `CSV syntax error: ${CSV_SYNTAX[p(x, 'kind')] ?? 'the row cannot be read'}. Check the quotes on this row: a cell with a quote inside is quoted as a whole and the quote itself doubled (""). Saving the table as .xlsx avoids this.`;

export const invalidJson = (x: Params): string =>
  `the JSON file cannot be read: a syntax error on line ${p(x, 'line')}, column ${p(x, 'column')} (or just before). Most often a comma, a quote or a bracket is missing or extra there. The other checks do not run until the file is fixed.`;

const TYPE: Record<string, string> = {
  number: 'a number is needed (no quotes)',
  string: 'a text in quotes is needed',
  array: 'a list in square brackets [ ] is needed',
  object: 'an object in braces { } is needed',
  boolean: 'true or false is needed',
  null: 'null is needed',
};
export const invalidValue = (x: Params): string => {
  switch (p(x, 'issue')) {
    case 'invalid_type':
      return `invalid value: ${TYPE[p(x, 'expected')] ?? 'a value of another type is needed'}; write null for an unknown value (where allowed). A missing field: add it.`;
    case 'too_small':
      return p(x, 'origin') === 'string' ? 'invalid value: the field may not be empty. Write the value, or null if it is unknown.' : `invalid value: it must be at least ${p(x, 'min')}.`;
    case 'invalid_format':
      return 'invalid format: an id holds only lower-case Latin letters, digits and hyphens (e.g. "seed-002").';
    case 'invalid_value':
      return `value not allowed. Allowed: ${p(x, 'allowed')}.`;
    case 'unrecognized_keys':
      return `unknown field: ${p(x, 'keys')}. Check the field name's spelling or delete it.`;
    case 'id-folder':
      return `the id must equal the folder name "${p(x, 'folder')}". Correct the id or the folder name.`;
    default:
      return 'invalid value. Compare the record with the sample in data/templates/.';
  }
};

export const duplicateId = (x: Params): string =>
  p(x, 'identical') === 'yes'
    ? `this row is an exact copy of row ${p(x, 'first')} (${p(x, 'key')}). Delete one of the two.`
    : `the key ${p(x, 'key')} is already used on row ${p(x, 'first')}, with other cells different. Keep one row with this key or correct the key's values.`;
