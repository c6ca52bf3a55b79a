import { defineCsv } from '../define.ts';
import { id, num, text, sourceColumns } from '../fields.ts';

/** Topics of trainings, listed per training record of events.csv. */
export const eventTopics = defineCsv({
  name: 'event_topics',
  file: 'event_topics.csv',
  columns: {
    event_id: id(),
    position: num({ integer: true, min: 1, max: 1000 }),
    topic_ru: text(),
    ...sourceColumns,
  },
  key: ['event_id', 'position'],
  references: [{ column: 'event_id', target: 'events' }],
});
