import { defineCsv } from '../define.ts';
import { bool, count, tally, id, optNum, optOneOf, optText, som, text, textList, sourceColumns } from '../fields.ts';

/** What became of an application: empty means "won" where `winner` says so, else unknown. */
export const APPLICATION_STATUSES = ['won', 'not_selected', 'unknown'] as const;

/**
 * Local initiatives and their results. Applicants are private persons: a name is published
 * only where `applicant_consent` records their agreement (checked by the loader).
 */
export const initiatives = defineCsv({
  name: 'initiatives',
  file: 'initiatives.csv',
  columns: {
    id: id({ example: 'papa-mama-i-ya' }),
    contest: id(),
    title_ru: text(),
    winner: bool(),
    status: optOneOf(APPLICATION_STATUSES, { example: 'not_selected' }),
    score: optNum({ min: 0, example: '87,5' }),
    votes: tally({ example: '214' }),
    goal_ru: optText(),
    applicant_name: optText(),
    applicant_consent: bool(),
    group_ru: optText(),
    events_count: tally(),
    events_ru: textList(),
    villages_count: tally(),
    participants_total: count(),
    fathers: count(),
    mothers: count(),
    boys: count(),
    girls: count(),
    children: count(),
    children_disabilities: count(),
    children_migrants: count(),
    participants_note: optText(),
    total_som: som(),
    total_as_written: optText(),
    results_ru: textList(),
    ...sourceColumns,
  },
  key: ['id'],
  references: [{ column: 'contest', target: 'contests' }],
});
