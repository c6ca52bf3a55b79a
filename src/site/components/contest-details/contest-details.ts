/** A contest's page: its plan and winners joined from the initiatives and contest plan tables. */
import type { MunicipalityData } from '../../../datasets/load.ts';
import type { Row } from '../../../figures/municipality.ts';
import { formatDate } from '../../../i18n/format.ts';
import { t, type Lang } from '../../../i18n/index.ts';
import type { Column } from '../table/table.ts';

export function contestParts(m: MunicipalityData, c: Row<'contests'>) {
  const plan = m.tables.contest_plan.filter((p) => p.contest === c.id);
  const winners = m.tables.initiatives.filter((i) => i.contest === c.id && i.winner);
  return { plan, winners };
}

/** "No 12 of 3 March 2014", or undefined when the source names neither. */
export function regulationText(lang: Lang, c: Row<'contests'>): string | undefined {
  if (!c.regulation_number && !c.regulation_date) return undefined;
  return t(lang, 'initiatives.regulationText', { number: c.regulation_number ?? '—', date: c.regulation_date ? formatDate(lang, c.regulation_date) : '—' });
}

export function contestColumns(lang: Lang, plan: readonly Row<'contest_plan'>[]) {
  // The plan is written in one language, given on its rows.
  const planLang = plan[0]?.lang ?? 'ru';
  const planColumns: Column<Row<'contest_plan'>>[] = [
    { label: '№', kind: 'text', get: (r) => r.number },
    { label: t(lang, 'initiatives.planStep'), kind: 'text', get: (r) => r.step, dataLang: planLang },
    { label: t(lang, 'initiatives.planResponsible'), kind: 'text', get: (r) => r.responsible, dataLang: planLang },
    { label: t(lang, 'initiatives.planDocuments'), kind: 'text', get: (r) => r.documents, dataLang: planLang },
    { label: t(lang, 'initiatives.planDeadline'), kind: 'date', get: (r) => r.deadline },
  ];
  const winnerColumns: Column<Row<'initiatives'>>[] = [
    { label: t(lang, 'common.title'), kind: 'text', get: (r) => r.title_ru, dataLang: 'ru' },
    { label: t(lang, 'initiatives.goal'), kind: 'text', get: (r) => r.goal_ru, dataLang: 'ru' },
    { label: t(lang, 'initiatives.budgetTotal'), kind: 'money', get: (r) => r.total_som },
  ];
  return { planColumns, winnerColumns };
}
