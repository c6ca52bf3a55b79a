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
  title: { ru: 'Казначейские операции', ky: 'Казыналык операциялар', en: 'Treasury transactions' },
  description: {
    ru: 'Исполнение бюджетов по операциям казначейства: дата, номер документа, муниципалитет, код и статья классификации, доход или расход, сумма, контрагент.',
    en: 'Budget execution by treasury transaction: date, document number, municipality, classification code and line, revenue or expenditure, amount, counterparty.',
  },
  columns: {
    date: date({ ru: 'Дата операции', en: 'Transaction date', example: '14.03.2023' }),
    number: text({ ru: 'Номер платёжного документа', en: 'Payment document number', example: '0001234' }),
    municipality: id({ ru: 'Муниципалитет (id папки в data/municipalities)', en: 'Municipality (folder id in data/municipalities)', example: 'kara-suu' }),
    code: text({ ru: 'Код бюджетной классификации', en: 'Budget classification code', example: '0451.2221' }),
    label: optText({ ru: 'Статья', en: 'Line label' }),
    direction: oneOf(['revenue', 'expenditure'], { ru: 'Доходы (revenue) или расходы (expenditure)', en: 'Revenue or expenditure' }),
    amount: num({ ru: 'Сумма, сом (отрицательная — возврат)', en: 'Amount, som (negative for a refund)', min: -1e13, max: 1e13, unit: 'som', example: '12 345,67' }),
    counterparty: optText({ ru: 'Плательщик или получатель', en: 'Payer or payee' }),
  },
  key: ['number'],
});
