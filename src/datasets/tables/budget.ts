import { defineCsv } from '../define.ts';
import { oneOf, optText, som, sourceColumns, year } from '../fields.ts';

/** Budget lines: a full municipal budget is tens of lines a year, for many years. */
export const budget = defineCsv({
  name: 'budget',
  file: 'budget.csv',
  columns: {
    year: year({ example: '2014' }),
    direction: oneOf(['revenue', 'expenditure'], {}),
    phase: oneOf(['planned', 'approved', 'executed'], {}),
    code: optText({ example: '2111' }),
    label_ru: optText(),
    label_ky: optText(),
    label_en: optText(),
    amount_som: som({ example: '26 304' }),
    ...sourceColumns,
  },
  key: ['year', 'direction', 'phase', 'code', 'label_ru'],
});
