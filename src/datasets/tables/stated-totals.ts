import { EXAMPLES } from '../vocabulary.ts';
import { defineCsv } from '../define.ts';
import { id, num, oneOf, optText, text, sourceColumns } from '../fields.ts';

/**
 * Totals as a source states them ("Total: 449"). Kept beside the rows they total so the
 * site can show both the stated and the computed figure; they are never used as the sum.
 */
export const statedTotals = defineCsv({
  name: 'stated_totals',
  file: 'stated_totals.csv',
  columns: {
    id: id({ example: 'hearings-all-participants' }),
    dataset: oneOf(['hearings', 'events'], {}),
    filter: optText({ example: 'type=execution' }),
    column: text({ example: 'participants' }),
    stated: num(),
    label_ru: optText({ example: EXAMPLES.statedTotalLabel }),
    ...sourceColumns,
  },
  key: ['id'],
});
