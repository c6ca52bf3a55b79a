import { defineCsv } from '../define.ts';
import { count, id, idList, optId, optText, optYear, som, text, textList, sourceColumns } from '../fields.ts';

/** Projects carried out, with beneficiaries; outputs and funding are in their own files. */
export const projects = defineCsv({
  name: 'projects',
  file: 'projects.csv',
  title: { ru: 'Проекты', ky: 'Долбоорлор', en: 'Projects' },
  description: {
    ru: 'Проекты: связь с ПСД и проблемами, сёла, прямые и косвенные бенефициары, указанная в источнике общая сумма.',
    en: 'Projects: link to the action plan and problems, villages, direct and indirect beneficiaries, the total stated in the source.',
  },
  columns: {
    id: id({ ru: 'Идентификатор', en: 'Id', example: 'roads-bridges' }),
    title_ru: text({ ru: 'Название, как в источнике', en: 'Title as in the source' }),
    title_ky: optText({ ru: 'Название по-кыргызски', en: 'Title in Kyrgyz' }),
    title_en: optText({ ru: 'Название по-английски', en: 'Title in English' }),
    plan: optId({ ru: 'ПСД (id из action_plans.csv)', en: 'Action plan (id in action_plans.csv)' }),
    priorities: idList({ ru: 'Проблемы (id из priorities.csv через «|»)', en: 'Problems (ids in priorities.csv, "|"-separated)' }),
    villages_ru: textList({ ru: 'Сёла (через «|»)', en: 'Villages ("|"-separated)' }),
    year: optYear({ ru: 'Год', en: 'Year' }),
    beneficiaries_direct: count({ ru: 'Прямые бенефициары', en: 'Direct beneficiaries' }),
    beneficiaries_indirect: count({ ru: 'Косвенные бенефициары', en: 'Indirect beneficiaries' }),
    beneficiaries_total: count({ ru: 'Бенефициары всего (как указано)', en: 'Beneficiaries in total (as stated)' }),
    total_som: som({ ru: 'Общая сумма, как указано, сом', en: 'Total as stated, som' }),
    total_as_written: optText({ ru: 'Общая сумма, как написано в источнике', en: 'Total as written in the source' }),
    results_ru: textList({ ru: 'Результаты (через «|»)', en: 'Results ("|"-separated)' }),
    ...sourceColumns,
  },
  key: ['id'],
  references: [
    { column: 'plan', target: 'action_plans' },
    { column: 'priorities', target: 'priorities' },
  ],
});
