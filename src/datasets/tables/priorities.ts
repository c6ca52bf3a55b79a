import { defineCsv } from '../define.ts';
import { id, optNum, optText, text, sourceColumns } from '../fields.ts';

/** Priority problems, ranked per appraisal round. */
export const priorities = defineCsv({
  name: 'priorities',
  file: 'priorities.csv',
  columns: {
    id: id({ example: 'pp-1-roads' }),
    appraisal: id(),
    rank: optNum({ integer: true, min: 1, max: 100 }),
    title_ru: text(),
    title_ky: optText(),
    title_en: optText(),
    ...sourceColumns,
  },
  key: ['id'],
  references: [{ column: 'appraisal', target: 'appraisals' }],
});
