import { defineCsv } from '../define.ts';
import { count, id, optDate, optId, optText, textList, sourceColumns } from '../fields.ts';

/** Joint monitoring and evaluation groups (СМиО): composition and what they checked. */
export const monitoringGroups = defineCsv({
  name: 'monitoring_groups',
  file: 'monitoring_groups.csv',
  title: { ru: 'Группы мониторинга (СМиО)', ky: 'Биргелешкен мониторинг топтору', en: 'Monitoring groups' },
  description: {
    ru: 'Группы совместного мониторинга и оценки: постановление (как напечатано и его прочтение), состав, что проверено.',
    en: 'Joint monitoring and evaluation groups: resolution (as printed and its reading), composition, what they checked.',
  },
  columns: {
    id: id({ ru: 'Идентификатор', en: 'Id', example: 'smio' }),
    resolution_as_printed: optText({ ru: 'Постановление, как напечатано', en: 'Resolution as printed' }),
    resolution_number: optText({ ru: 'Номер постановления (прочтение)', en: 'Resolution number (reading)' }),
    resolution_date: optDate({ ru: 'Дата постановления (прочтение)', en: 'Resolution date (reading)' }),
    resolution_reading_note: optText({ ru: 'Почему так прочитано', en: 'Why it is read so' }),
    members: count({ ru: 'Членов всего', en: 'Members' }),
    women: count({ ru: 'Из них женщин', en: 'Of whom women' }),
    deputies: count({ ru: 'Депутатов АК', en: 'Council deputies' }),
    community_leaders: count({ ru: 'Лидеров сообщества', en: 'Community leaders' }),
    project: optId({ ru: 'Проверенный проект (id из projects.csv)', en: 'Project checked (id in projects.csv)' }),
    checked_ru: textList({ ru: 'Что проверено (через «|»)', en: 'What was checked ("|"-separated)' }),
    ...sourceColumns,
  },
  key: ['id'],
  references: [{ column: 'project', target: 'projects' }],
});
