import { defineCsv } from '../define.ts';
import { count, date, id, optId, som, text, sourceColumns } from '../fields.ts';

/** Outcomes of hearings as a source lists them; linked to a hearing only where the source says which. */
export const hearingOutcomes = defineCsv({
  name: 'hearing_outcomes',
  file: 'hearing_outcomes.csv',
  title: { ru: 'Результаты слушаний', ky: 'Угуулардын жыйынтыктары', en: 'Hearing outcomes' },
  description: {
    ru: 'Результаты общественных слушаний: дата (или месяц), что утверждено, число участников, сумма.',
    en: 'Outcomes of public hearings: date (or month), what was approved, attendance, amount.',
  },
  columns: {
    id: id({ ru: 'Идентификатор', en: 'Id', example: 'outcome-2013-03' }),
    hearing: optId({ ru: 'Слушание (id из hearings.csv), если известно', en: 'Hearing (id in hearings.csv), if known' }),
    date: date({ ru: 'Дата или месяц', en: 'Date or month', example: '03.2013' }),
    participants: count({ ru: 'Участники', en: 'Participants' }),
    decision_ru: text({ ru: 'Решение, как в источнике', en: 'Decision as in the source' }),
    amount_som: som({ ru: 'Сумма решения, сом', en: 'Amount decided, som' }),
    ...sourceColumns,
  },
  key: ['id'],
  references: [{ column: 'hearing', target: 'hearings' }],
});
