import { defineCsv } from '../define.ts';
import { date, id, num, oneOf, optText, text } from '../fields.ts';

/**
 * A treasury-style budget-execution file: one row per payment or receipt, for many
 * municipalities and years, millions of rows. Not a per-municipality dataset (it is not in
 * the registry): it is checked by the streaming validator (src/datasets/stream.ts), which
 * never holds the file in memory.
 */
export const transactions = defineCsv({
  name: 'transactions',
  file: 'transactions.csv',
  columns: {
    date: date({ example: '14.03.2023' }),
    number: text({ example: '0001234' }),
    municipality: id({ example: 'kara-suu' }),
    code: text({ example: '0451.2221' }),
    label: optText(),
    direction: oneOf(['revenue', 'expenditure'], {}),
    amount: num({ min: -1e13, max: 1e13, unit: 'som', example: '12 345,67' }),
    counterparty: optText(),
  },
  key: ['number'],
});
