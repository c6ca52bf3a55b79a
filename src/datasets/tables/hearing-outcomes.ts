import { defineCsv } from '../define.ts';
import { count, date, id, optId, som, text, sourceColumns } from '../fields.ts';

/** Outcomes of hearings as a source lists them; linked to a hearing only where the source says which. */
export const hearingOutcomes = defineCsv({
  name: 'hearing_outcomes',
  file: 'hearing_outcomes.csv',
  columns: {
    id: id({ example: 'outcome-2013-03' }),
    hearing: optId(),
    date: date({ example: '03.2013' }),
    participants: count(),
    decision_ru: text(),
    amount_som: som(),
    ...sourceColumns,
  },
  key: ['id'],
  references: [{ column: 'hearing', target: 'hearings' }],
});
