import { defineCsv } from '../define.ts';
import { id, optText, optYear, sourceColumns } from '../fields.ts';

/** Rounds of participatory appraisal (СИНС / PRA) that ranked priority problems. */
export const appraisals = defineCsv({
  name: 'appraisals',
  file: 'appraisals.csv',
  title: { ru: 'Раунды СИНС (оценка нужд)', ky: 'Муктаждыктарды баалоо (СИНС)', en: 'Participatory appraisal rounds' },
  description: {
    ru: 'Раунды совместного изучения нужд сообщества (СИНС / PRA), по которым определялись приоритетные проблемы.',
    en: 'Rounds of participatory appraisal of needs (PRA) that ranked priority problems.',
  },
  columns: {
    id: id({ ru: 'Идентификатор раунда', en: 'Round id', example: 'pra-1' }),
    year: optYear({ ru: 'Год (если указан в источнике)', en: 'Year, if the source states it' }),
    title_ru: optText({ ru: 'Название', en: 'Title' }),
    ...sourceColumns,
  },
  key: ['id'],
});
