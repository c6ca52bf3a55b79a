import { defineCsv } from '../define.ts';
import { count, id, optDate, optId, optText, textList, sourceColumns } from '../fields.ts';

/** Joint monitoring and evaluation groups (SMiO): composition and what they checked. */
export const monitoringGroups = defineCsv({
  name: 'monitoring_groups',
  file: 'monitoring_groups.csv',
  columns: {
    id: id({ example: 'smio' }),
    resolution_as_printed: optText(),
    resolution_number: optText(),
    resolution_date: optDate(),
    resolution_reading_note: optText(),
    members: count(),
    women: count(),
    deputies: count(),
    community_leaders: count(),
    project: optId(),
    checked_ru: textList(),
    ...sourceColumns,
  },
  key: ['id'],
  references: [{ column: 'project', target: 'projects' }],
});
