import { defineCsv } from '../define.ts';
import { count, id, idList, optId, optText, textList, sourceColumns } from '../fields.ts';

/** Initiative groups (ИГ) and the priority problems each took on. */
export const initiativeGroups = defineCsv({
  name: 'initiative_groups',
  file: 'initiative_groups.csv',
  title: { ru: 'Инициативные группы', ky: 'Демилгелүү топтор', en: 'Initiative groups' },
  description: {
    ru: 'Инициативные группы (ИГ) и приоритетные проблемы, за которые они взялись.',
    en: 'Initiative groups and the priority problems each took on.',
  },
  columns: {
    id: id({ ru: 'Идентификатор', en: 'Id', example: 'ig-kelechek' }),
    name: optText({ ru: 'Название группы', en: 'Group name' }),
    appraisal: optId({ ru: 'Раунд СИНС', en: 'Appraisal round' }),
    priorities: idList({ ru: 'Проблемы (id из priorities.csv через «|»)', en: 'Problems (ids in priorities.csv, separated by "|")' }),
    problems_as_written: textList({ ru: 'Проблемы, как в источнике (через «|»)', en: 'Problems as written in the source ("|"-separated)' }),
    members: count({ ru: 'Число членов', en: 'Members' }),
    ...sourceColumns,
  },
  key: ['id'],
  references: [
    { column: 'appraisal', target: 'appraisals' },
    { column: 'priorities', target: 'priorities' },
  ],
});
