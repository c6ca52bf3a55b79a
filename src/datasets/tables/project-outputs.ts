import { defineCsv } from '../define.ts';
import { id, num, optNum, optText, text, sourceColumns } from '../fields.ts';

/** What a project produced: a quantity with its unit (4,0 km of road, 7 bridges). */
export const projectOutputs = defineCsv({
  name: 'project_outputs',
  file: 'project_outputs.csv',
  title: { ru: 'Результаты проектов', ky: 'Долбоорлордун натыйжалары', en: 'Project outputs' },
  description: { ru: 'Результаты проектов: количество и единица.', en: 'Project outputs: quantity and unit.' },
  columns: {
    project: id({ ru: 'Проект (id из projects.csv)', en: 'Project (id in projects.csv)' }),
    position: num({ ru: 'Порядковый номер', en: 'Position', integer: true, min: 1, max: 1000 }),
    quantity: optNum({ ru: 'Количество', en: 'Quantity', min: 0 }),
    unit_ru: optText({ ru: 'Единица (км, шт., чел.)', en: 'Unit (km, pcs, people)' }),
    description_ru: text({ ru: 'Что сделано, как в источнике', en: 'What was done, as in the source' }),
    ...sourceColumns,
  },
  key: ['project', 'position'],
  references: [{ column: 'project', target: 'projects' }],
});
