import { defineCsv } from '../define.ts';
import { oneOf, optText, som, sourceColumns, year } from '../fields.ts';

/** Budget lines: a full municipal budget is tens of lines a year, for many years. */
export const budget = defineCsv({
  name: 'budget',
  file: 'budget.csv',
  title: { ru: 'Местный бюджет', ky: 'Жергиликтүү бюджет', en: 'Local budget' },
  description: {
    ru: 'Строки местного бюджета: год, доходы или расходы, этап (план, утверждено, исполнено), код и статья классификации, сумма в сомах.',
    en: 'Local budget lines: year, revenue or expenditure, phase (planned, approved, executed), classification code and label, amount in som.',
  },
  columns: {
    year: year({ ru: 'Бюджетный год', en: 'Fiscal year', example: '2014' }),
    direction: oneOf(['revenue', 'expenditure'], { ru: 'Доходы (revenue) или расходы (expenditure)', en: 'Revenue or expenditure' }),
    phase: oneOf(['planned', 'approved', 'executed'], { ru: 'Этап: planned — план, approved — утверждено, executed — исполнено', en: 'Phase: planned, approved or executed' }),
    code: optText({ ru: 'Код бюджетной классификации', en: 'Budget classification code', example: '2111' }),
    label_ru: optText({ ru: 'Статья по-русски', en: 'Line label in Russian' }),
    label_ky: optText({ ru: 'Статья по-кыргызски', en: 'Line label in Kyrgyz' }),
    label_en: optText({ ru: 'Статья по-английски', en: 'Line label in English' }),
    amount_som: som({ ru: 'Сумма, сом', en: 'Amount, som', example: '26 304' }),
    ...sourceColumns,
  },
  key: ['year', 'direction', 'phase', 'code', 'label_ru'],
});
