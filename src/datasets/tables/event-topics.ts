import { defineCsv } from '../define.ts';
import { id, num, text, sourceColumns } from '../fields.ts';

/** Topics of trainings, listed per training record of events.csv. */
export const eventTopics = defineCsv({
  name: 'event_topics',
  file: 'event_topics.csv',
  title: { ru: 'Темы тренингов', ky: 'Тренингдердин темалары', en: 'Training topics' },
  description: { ru: 'Темы тренингов и мероприятий в порядке источника.', en: 'Topics of trainings and events, in the order of the source.' },
  columns: {
    event_id: id({ ru: 'Мероприятие (id из events.csv)', en: 'Event (id in events.csv)' }),
    position: num({ ru: 'Порядковый номер', en: 'Position', integer: true, min: 1, max: 1000 }),
    topic_ru: text({ ru: 'Тема, как в источнике', en: 'Topic as in the source' }),
    ...sourceColumns,
  },
  key: ['event_id', 'position'],
  references: [{ column: 'event_id', target: 'events' }],
});
