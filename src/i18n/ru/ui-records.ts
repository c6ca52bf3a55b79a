/** Records as sections of grouping pages (issue 17): pages per year, budget groups on the year page, moved addresses — по-русски. */
export const recordsUi = {
  'records.hearingsOfYear': 'Слушания {year} года',
  'records.projectsOfYear': 'Проекты {year} года',
  'records.projectsUndated': 'Проекты без указанного года',
  'records.byYear': 'По годам',
  'records.noContest': 'Инициативы без конкурса',
  'budgetGroups.title': 'Строки «в том числе»',
  'notFound.municipality': 'Страница муниципалитета «{m}»',
} as const;
