import { defineCsv } from '../define.ts';
import { id, optDate, optText, text, sourceColumns } from '../fields.ts';

/** A contest's work plan, as the source's table gives it (often in Kyrgyz). */
export const contestPlan = defineCsv({
  name: 'contest_plan',
  file: 'contest_plan.csv',
  columns: {
    contest: id(),
    number: text({ example: '2.1.' }),
    lang: optText({ example: 'ky' }),
    step: text(),
    responsible: optText(),
    documents: optText(),
    deadline: optDate(),
    deadline_as_written: optText(),
    ...sourceColumns,
  },
  key: ['contest', 'number'],
  references: [{ column: 'contest', target: 'contests' }],
});
