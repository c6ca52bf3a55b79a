import { defineCsv } from '../define.ts';
import { id, optDate, optText, text, sourceColumns } from '../fields.ts';

/** A contest's work plan, as the source's table gives it (often in Kyrgyz). */
export const contestPlan = defineCsv({
  name: 'contest_plan',
  file: 'contest_plan.csv',
  title: { ru: 'План работы по конкурсу', ky: 'Сынак боюнча иш планы', en: 'Contest work plan' },
  description: {
    ru: 'Этапы плана работы по поддержке инициатив: ответственные, подтверждающие документы, сроки.',
    en: 'Steps of the work plan for supporting initiatives: responsible, supporting documents, deadlines.',
  },
  columns: {
    contest: id({ ru: 'Конкурс (id из contests.csv)', en: 'Contest (id in contests.csv)' }),
    number: text({ ru: 'Номер этапа, как в источнике', en: 'Step number as in the source', example: '2.1.' }),
    lang: optText({ ru: 'Язык текста (ky или ru)', en: 'Language of the text (ky or ru)', example: 'ky' }),
    step: text({ ru: 'Этап', en: 'Step' }),
    responsible: optText({ ru: 'Ответственные', en: 'Responsible' }),
    documents: optText({ ru: 'Подтверждающие документы', en: 'Supporting documents' }),
    deadline: optDate({ ru: 'Срок', en: 'Deadline' }),
    deadline_as_written: optText({ ru: 'Срок, как в источнике', en: 'Deadline as written' }),
    ...sourceColumns,
  },
  key: ['contest', 'number'],
  references: [{ column: 'contest', target: 'contests' }],
});
