import { defineCsv } from '../define.ts';
import { count, id, idList, optId, optText, optYear, som, text, textList, sourceColumns } from '../fields.ts';

/** Projects carried out, with beneficiaries; outputs and funding are in their own files. */
export const projects = defineCsv({
  name: 'projects',
  file: 'projects.csv',
  columns: {
    id: id({ example: 'roads-bridges' }),
    title_ru: text(),
    title_ky: optText(),
    title_en: optText(),
    plan: optId(),
    priorities: idList(),
    villages_ru: textList(),
    year: optYear(),
    beneficiaries_direct: count(),
    beneficiaries_indirect: count(),
    beneficiaries_total: count(),
    total_som: som(),
    total_as_written: optText(),
    results_ru: textList(),
    ...sourceColumns,
  },
  key: ['id'],
  references: [
    { column: 'plan', target: 'action_plans' },
    { column: 'priorities', target: 'priorities' },
  ],
});
