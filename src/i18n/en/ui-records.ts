/** Records as sections of grouping pages (issue 17): pages per year, budget groups on the year page, moved addresses — in English. */
import type { recordsUi as ru } from '../ru/ui-records.ts';

export const recordsUi: Record<keyof typeof ru, string> = {
  'records.hearingsOfYear': 'Hearings in {year}',
  'records.projectsOfYear': 'Projects of {year}',
  'records.projectsUndated': 'Projects with no year given',
  'records.byYear': 'By year',
  'records.noContest': 'Initiatives with no contest',
  'budgetGroups.title': '"Of which" lines',
  'notFound.municipality': 'The page of {m}',
};
