import { defineCsv } from '../define.ts';
import { bool, count, id, optText, som, text, textList, sourceColumns } from '../fields.ts';

/**
 * Local initiatives and their results. Applicants are private persons: a name is published
 * only where `applicant_consent` records their agreement (checked by the loader).
 */
export const initiatives = defineCsv({
  name: 'initiatives',
  file: 'initiatives.csv',
  title: { ru: 'Местные инициативы', ky: 'Жергиликтүү демилгелер', en: 'Local initiatives' },
  description: {
    ru: 'Местные инициативы: название, цель, кто реализовал, мероприятия, участники по группам, итог бюджета, результаты.',
    en: 'Local initiatives: title, goal, who carried it out, events, participants by group, budget total, results.',
  },
  columns: {
    id: id({ ru: 'Идентификатор', en: 'Id', example: 'papa-mama-i-ya' }),
    contest: id({ ru: 'Конкурс (id из contests.csv)', en: 'Contest (id in contests.csv)' }),
    title_ru: text({ ru: 'Название инициативы', en: 'Initiative title' }),
    winner: bool({ ru: 'Победитель конкурса: да/нет', en: 'Contest winner: yes/no' }),
    goal_ru: optText({ ru: 'Цель', en: 'Goal' }),
    applicant_name: optText({ ru: 'Имя заявителя (только с согласием)', en: 'Applicant’s name (only with consent)' }),
    applicant_consent: bool({ ru: 'Согласие заявителя на публикацию имени: да/нет', en: 'Applicant agreed to be named: yes/no' }),
    group_ru: optText({ ru: 'Кто реализовал (группа, село)', en: 'Carried out by (group, village)' }),
    events_count: count({ ru: 'Проведено мероприятий', en: 'Events held' }),
    events_ru: textList({ ru: 'Мероприятия (через «|»)', en: 'Events ("|"-separated)' }),
    villages_count: count({ ru: 'В скольких сёлах', en: 'Villages covered' }),
    participants_total: count({ ru: 'Участники всего (как указано)', en: 'Participants in total (as stated)' }),
    fathers: count({ ru: 'Отцы (молодые папы)', en: 'Fathers' }),
    mothers: count({ ru: 'Матери (молодые мамы)', en: 'Mothers' }),
    boys: count({ ru: 'Мальчики', en: 'Boys' }),
    girls: count({ ru: 'Девочки', en: 'Girls' }),
    children: count({ ru: 'Дети всего', en: 'Children in total' }),
    children_disabilities: count({ ru: 'Дети с ОВЗ (ЛОВЗ)', en: 'Children with disabilities' }),
    children_migrants: count({ ru: 'Дети мигрантов', en: 'Children of migrants' }),
    participants_note: optText({ ru: 'Пояснение к участникам', en: 'Note on participants' }),
    total_som: som({ ru: 'Бюджет инициативы всего, как указано, сом', en: 'Initiative budget as stated, som' }),
    total_as_written: optText({ ru: 'Бюджет, как в источнике', en: 'Budget as written' }),
    results_ru: textList({ ru: 'Результаты (через «|»)', en: 'Results ("|"-separated)' }),
    ...sourceColumns,
  },
  key: ['id'],
  references: [{ column: 'contest', target: 'contests' }],
});
