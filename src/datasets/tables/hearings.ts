import { defineCsv } from '../define.ts';
import { count, date, id, oneOf, optText, textList, sourceColumns } from '../fields.ts';

export const HEARING_TYPES = ['execution', 'formation', 'other'] as const;

/** Public budget hearings (OBS): one row per hearing. */
export const hearings = defineCsv({
  name: 'hearings',
  file: 'hearings.csv',
  columns: {
    id: id({ example: 'obs-2013-01-26' }),
    date: date({ example: '26.01.2013' }),
    type: oneOf(HEARING_TYPES, {}),
    participants: count(),
    women: count(),
    deputies: count(),
    topics_ru: textList(),
    decisions_ru: textList(),
    title_ru: optText(),
    ...sourceColumns,
  },
  key: ['id'],
});
