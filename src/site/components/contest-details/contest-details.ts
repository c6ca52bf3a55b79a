/** A contest's page: its plan and every application (winners first) joined from the initiatives and contest plan tables. */
import { applicationsOf, type ApplicationStatus } from '../../../figures/contests.ts';
import type { MunicipalityData } from '../../../datasets/load.ts';
import type { Row } from '../../../figures/municipality.ts';
import { formatDate } from '../../../i18n/format.ts';
import { t, type Key, type Lang } from '../../../i18n/index.ts';
import { translatedColumn, type Column } from '../table/table.ts';
import { shownText } from '../../translated.ts';

export function contestParts(m: MunicipalityData, c: Row<'contests'>) {
  const plan = m.tables.contest_plan.filter((p) => p.contest === c.id);
  const applications = applicationsOf(m, c.id);
  const won = applications.filter((a) => a.outcome === 'won').length;
  return { plan, applications, won };
}

/** "No 12 of 3 March 2014", or undefined when the source names neither. */
export function regulationText(lang: Lang, c: Row<'contests'>): string | undefined {
  if (!c.regulation_number && !c.regulation_date) return undefined;
  return t(lang, 'initiatives.regulationText', { number: c.regulation_number ?? '—', date: c.regulation_date ? formatDate(lang, c.regulation_date, 'of') : '—' });
}

export function contestColumns(lang: Lang, plan: readonly Row<'contest_plan'>[], applications: ReadonlyArray<Row<'initiatives'> & { outcome: ApplicationStatus }> = [], m?: MunicipalityData) {
  // The plan is written in one language, given on its rows.
  const planLang = plan[0]?.lang ?? 'ru';
  const planColumns: Column<Row<'contest_plan'>>[] = [
    { label: '№', kind: 'text', get: (r) => r.number },
    { label: t(lang, 'initiatives.planStep'), kind: 'text', get: (r) => r.step, dataLang: planLang },
    { label: t(lang, 'initiatives.planResponsible'), kind: 'text', get: (r) => r.responsible, dataLang: planLang },
    { label: t(lang, 'initiatives.planDocuments'), kind: 'text', get: (r) => r.documents, dataLang: planLang },
    { label: t(lang, 'initiatives.planDeadline'), kind: 'date', get: (r) => r.deadline },
  ];
  type Application = Row<'initiatives'> & { outcome: ApplicationStatus };
  const applicationColumns: Column<Application>[] = [
    m ? translatedColumn(t(lang, 'common.title'), (r) => shownText(m, lang, 'initiatives', r.id, 'title_ru', r.title_ru)) : { label: t(lang, 'common.title'), kind: 'text', get: (r) => r.title_ru, dataLang: 'ru' },
    { label: t(lang, 'answers.outcome'), kind: 'text', get: (r) => t(lang, `answers.outcome.${r.outcome}` as Key) },
    ...(applications.some((a) => a.score !== undefined) ? [{ label: t(lang, 'answers.score'), kind: 'number' as const, get: (r: Application) => r.score }] : []),
    ...(applications.some((a) => a.votes !== undefined) ? [{ label: t(lang, 'answers.votes'), kind: 'count' as const, get: (r: Application) => r.votes }] : []),
    m ? translatedColumn(t(lang, 'initiatives.goal'), (r) => shownText(m, lang, 'initiatives', r.id, 'goal_ru', r.goal_ru)) : { label: t(lang, 'initiatives.goal'), kind: 'text', get: (r) => r.goal_ru, dataLang: 'ru' },
    { label: t(lang, 'initiatives.budgetTotal'), kind: 'money', get: (r) => r.total_som },
  ];
  return { planColumns, applicationColumns };
}
