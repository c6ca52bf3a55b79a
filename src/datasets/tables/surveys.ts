import { defineCsv } from '../define.ts';
import { count, id, num, optNum, optText, optYear, sourceColumns } from '../fields.ts';

/** Satisfaction surveys: the score only means something with its scale and respondents. */
export const surveys = defineCsv({
  name: 'surveys',
  file: 'surveys.csv',
  columns: {
    id: id({ example: 'survey-1' }),
    year: optYear(),
    respondents: count(),
    scale_max: num({ min: 1, max: 100, example: '5' }),
    score: optNum({ min: 0, max: 100, example: '3,6' }),
    method_ru: optText(),
    conclusion_ru: optText(),
    ...sourceColumns,
  },
  key: ['id'],
});
