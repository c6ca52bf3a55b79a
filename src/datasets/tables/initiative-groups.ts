import { defineCsv } from '../define.ts';
import { count, id, idList, optId, optText, textList, sourceColumns } from '../fields.ts';

/** Initiative groups (IG) and the priority problems each took on. */
export const initiativeGroups = defineCsv({
  name: 'initiative_groups',
  file: 'initiative_groups.csv',
  columns: {
    id: id({ example: 'ig-kelechek' }),
    name: optText(),
    appraisal: optId(),
    priorities: idList(),
    problems_as_written: textList(),
    members: count(),
    ...sourceColumns,
  },
  key: ['id'],
  references: [
    { column: 'appraisal', target: 'appraisals' },
    { column: 'priorities', target: 'priorities' },
  ],
});
