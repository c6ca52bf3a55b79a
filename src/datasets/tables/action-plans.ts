import { defineCsv } from '../define.ts';
import { count, tally, id, optDate, optText, optYear, som, sourceColumns } from '../fields.ts';

/** Joint action plans (PSD). */
export const actionPlans = defineCsv({
  name: 'action_plans',
  file: 'action_plans.csv',
  columns: {
    id: id({ example: 'psd-2012-2014' }),
    title_ru: optText(),
    year_from: optYear(),
    year_to: optYear(),
    adopted_by_ru: optText(),
    resolution_number: optText(),
    adopted_date: optDate(),
    problems_count: tally(),
    activities_count: tally(),
    participants: count(),
    women: count(),
    total_cost_som: som(),
    residents_som: som(),
    investment_som: som(),
    ...sourceColumns,
  },
  key: ['id'],
});
