import { defineCsv } from '../define.ts';
import { id, num, optNum, optText, text, sourceColumns } from '../fields.ts';

/** What a project produced: a quantity with its unit (4,0 km of road, 7 bridges). */
export const projectOutputs = defineCsv({
  name: 'project_outputs',
  file: 'project_outputs.csv',
  columns: {
    project: id(),
    position: num({ integer: true, min: 1, max: 1000 }),
    quantity: optNum({ min: 0 }),
    unit_ru: optText(),
    description_ru: text(),
    ...sourceColumns,
  },
  key: ['project', 'position'],
  references: [{ column: 'project', target: 'projects' }],
});
