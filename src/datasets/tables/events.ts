import { defineCsv } from '../define.ts';
import { count, tally, id, oneOf, optDate, optId, optText, sourceColumns } from '../fields.ts';

export const EVENT_TYPES = ['pra_session', 'focus_group', 'hearing', 'gathering', 'training', 'working_meeting', 'initiative_group', 'all'] as const;

/** Engagement events and trainings, as counts with participants; summaries are split by `group`. */
export const events = defineCsv({
  name: 'events',
  file: 'events.csv',
  columns: {
    id: id({ example: 'pra-1-sessions' }),
    type: oneOf(EVENT_TYPES, {}),
    group: optId(),
    appraisal: optId(),
    date_from: optDate(),
    date_to: optDate(),
    count: tally(),
    participants: count(),
    women: count(),
    deputies: count(),
    age_18_35: count(),
    age_36_55: count(),
    age_55_plus: count(),
    title_ru: optText(),
    ...sourceColumns,
  },
  key: ['id'],
  references: [{ column: 'appraisal', target: 'appraisals' }],
});
