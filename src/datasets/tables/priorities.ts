import { defineCsv } from '../define.ts';
import { id, optNum, optText, text, sourceColumns } from '../fields.ts';

/** Priority problems, ranked per appraisal round. */
export const priorities = defineCsv({
  name: 'priorities',
  file: 'priorities.csv',
  title: { ru: 'Приоритетные проблемы', ky: 'Артыкчылыктуу көйгөйлөр', en: 'Priority problems' },
  description: {
    ru: 'Приоритетные проблемы по раундам СИНС; ранг — номер в источнике (пусто, если список не пронумерован).',
    en: 'Priority problems per appraisal round; rank is the number in the source (empty where the list is not numbered).',
  },
  columns: {
    id: id({ ru: 'Идентификатор', en: 'Id', example: 'pp-1-roads' }),
    appraisal: id({ ru: 'Раунд СИНС (id из appraisals.csv)', en: 'Appraisal round (id in appraisals.csv)' }),
    rank: optNum({ ru: 'Ранг (номер в источнике)', en: 'Rank (number in the source)', integer: true, min: 1, max: 100 }),
    title_ru: text({ ru: 'Проблема, как в источнике', en: 'Problem as in the source' }),
    title_ky: optText({ ru: 'По-кыргызски, если дано', en: 'In Kyrgyz, if given' }),
    title_en: optText({ ru: 'По-английски, если дано', en: 'In English, if given' }),
    ...sourceColumns,
  },
  key: ['id'],
  references: [{ column: 'appraisal', target: 'appraisals' }],
});
