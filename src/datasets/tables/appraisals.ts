import { defineCsv } from '../define.ts';
import { id, optText, optYear, sourceColumns } from '../fields.ts';

/** Rounds of participatory appraisal (SINS / PRA) that ranked priority problems. */
export const appraisals = defineCsv({
  name: 'appraisals',
  file: 'appraisals.csv',
  columns: {
    id: id({ example: 'pra-1' }),
    year: optYear(),
    title_ru: optText(),
    ...sourceColumns,
  },
  key: ['id'],
});
