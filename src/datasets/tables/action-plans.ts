import { defineCsv } from '../define.ts';
import { count, id, optDate, optText, optYear, som, sourceColumns } from '../fields.ts';

/** Joint action plans (ПСД). */
export const actionPlans = defineCsv({
  name: 'action_plans',
  file: 'action_plans.csv',
  title: { ru: 'Планы совместных действий (ПСД)', ky: 'Биргелешкен аракеттер пландары', en: 'Joint action plans' },
  description: {
    ru: 'Планы совместных действий: период, кем и когда утверждён, число проблем и мероприятий, стоимость, вклад населения, инвестиции.',
    en: 'Joint action plans: period, adopting body and date, problems and activities, total cost, residents’ contribution, investment.',
  },
  columns: {
    id: id({ ru: 'Идентификатор', en: 'Id', example: 'psd-2012-2014' }),
    title_ru: optText({ ru: 'Название', en: 'Title' }),
    year_from: optYear({ ru: 'Первый год', en: 'First year' }),
    year_to: optYear({ ru: 'Последний год', en: 'Last year' }),
    adopted_by_ru: optText({ ru: 'Кем утверждён', en: 'Adopted by' }),
    resolution_number: optText({ ru: 'Номер постановления', en: 'Resolution number' }),
    adopted_date: optDate({ ru: 'Дата утверждения', en: 'Adoption date' }),
    problems_count: count({ ru: 'Число приоритетных проблем', en: 'Priority problems' }),
    activities_count: count({ ru: 'Число мероприятий', en: 'Activities' }),
    participants: count({ ru: 'Участники разработки', en: 'Participants in drafting' }),
    women: count({ ru: 'Из них женщин', en: 'Of whom women' }),
    total_cost_som: som({ ru: 'Общая сумма, сом', en: 'Total cost, som' }),
    residents_som: som({ ru: 'Вклад населения, сом', en: 'Residents’ contribution, som' }),
    investment_som: som({ ru: 'Инвестиции, сом', en: 'Investment, som' }),
    ...sourceColumns,
  },
  key: ['id'],
});
