import { defineCsv } from '../define.ts';
import { count, tally, id, optDate, optText, optYear, som, textList, sourceColumns } from '../fields.ts';

/** Local-initiative contests: regulation, priorities, allocation, commission. */
export const contests = defineCsv({
  name: 'contests',
  file: 'contests.csv',
  columns: {
    id: id({ example: 'mi-1' }),
    year: optYear(),
    title_ru: optText(),
    regulation_by_ru: optText(),
    regulation_number: optText(),
    regulation_date: optDate(),
    model_regulation_ru: optText(),
    priorities_ru: textList(),
    allocation_som: som(),
    allocation_as_written: optText(),
    commission_size: count(),
    commission_ru: optText(),
    applications: tally(),
    steps_ru: textList(),
    results_ru: textList(),
    ...sourceColumns,
  },
  key: ['id'],
});
