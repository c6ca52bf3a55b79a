import { defineCsv } from '../define.ts';
import { count, date, id, oneOf, optText, textList, sourceColumns } from '../fields.ts';

export const HEARING_TYPES = ['execution', 'formation', 'other'] as const;

/** Public budget hearings (ОБС): one row per hearing. */
export const hearings = defineCsv({
  name: 'hearings',
  file: 'hearings.csv',
  title: { ru: 'Общественные бюджетные слушания', ky: 'Коомдук бюджеттик угуулар', en: 'Public budget hearings' },
  description: {
    ru: 'Общественные бюджетные слушания: дата, вид (исполнение или формирование бюджета), участники, женщины, депутаты, темы и решения.',
    en: 'Public budget hearings: date, type (budget execution or formation), participants, women, deputies, topics and decisions.',
  },
  columns: {
    id: id({ ru: 'Идентификатор', en: 'Id', example: 'obs-2013-01-26' }),
    date: date({ ru: 'Дата', en: 'Date', example: '26.01.2013' }),
    type: oneOf(HEARING_TYPES, { ru: 'Вид: execution — исполнение, formation — формирование бюджета, other — другое', en: 'Type: execution, formation or other' }),
    participants: count({ ru: 'Участники, всего', en: 'Participants, total' }),
    women: count({ ru: 'Женщины', en: 'Women' }),
    deputies: count({ ru: 'Депутаты АК', en: 'Council deputies' }),
    topics_ru: textList({ ru: 'Темы (через «|»)', en: 'Topics ("|"-separated)' }),
    decisions_ru: textList({ ru: 'Решения (через «|»)', en: 'Decisions ("|"-separated)' }),
    title_ru: optText({ ru: 'Название, как в источнике', en: 'Title as in the source' }),
    ...sourceColumns,
  },
  key: ['id'],
});
