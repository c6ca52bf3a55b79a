import { defineCsv } from '../define.ts';
import { count, id, oneOf, optDate, optId, optText, sourceColumns } from '../fields.ts';

export const EVENT_TYPES = ['pra_session', 'focus_group', 'hearing', 'gathering', 'training', 'working_meeting', 'initiative_group', 'all'] as const;

/** Engagement events and trainings, as counts with participants; summaries are split by `group`. */
export const events = defineCsv({
  name: 'events',
  file: 'events.csv',
  title: { ru: 'Мероприятия и тренинги', ky: 'Иш-чаралар жана тренингдер', en: 'Events and trainings' },
  description: {
    ru: 'Мероприятия по вовлечению граждан и тренинги: вид, период, количество, участники, женщины, депутаты (участия, не лица), возрастные группы.',
    en: 'Engagement events and trainings: type, period, count, participants, women, deputies (attendances, not persons), age groups.',
  },
  columns: {
    id: id({ ru: 'Идентификатор', en: 'Id', example: 'pra-1-sessions' }),
    type: oneOf(EVENT_TYPES, { ru: 'Вид мероприятия', en: 'Event type' }),
    group: optId({ ru: 'Группа строк одной сводки (для сверки с итогом в stated_totals.csv)', en: 'Group of rows of one summary (checked against stated_totals.csv)' }),
    appraisal: optId({ ru: 'Раунд СИНС (id из appraisals.csv)', en: 'Appraisal round (id in appraisals.csv)' }),
    date_from: optDate({ ru: 'Дата или начало периода', en: 'Date or start of period' }),
    date_to: optDate({ ru: 'Конец периода', en: 'End of period' }),
    count: count({ ru: 'Количество мероприятий', en: 'Number of events' }),
    participants: count({ ru: 'Участники, всего', en: 'Participants, total' }),
    women: count({ ru: 'Из них женщин', en: 'Of whom women' }),
    deputies: count({ ru: 'Депутаты АК (участия)', en: 'Council deputies (attendances)' }),
    age_18_35: count({ ru: 'Участники 18–35 лет', en: 'Participants aged 18–35' }),
    age_36_55: count({ ru: 'Участники 36–55 лет', en: 'Participants aged 36–55' }),
    age_55_plus: count({ ru: 'Участники 55 лет и старше', en: 'Participants aged 55+' }),
    title_ru: optText({ ru: 'Описание, как в источнике', en: 'Description as in the source' }),
    ...sourceColumns,
  },
  key: ['id'],
  references: [{ column: 'appraisal', target: 'appraisals' }],
});
