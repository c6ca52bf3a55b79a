/**
 * The planning chain of a municipality, joined from five tables: appraisal rounds with their
 * events and ranked problems → initiative groups → action plans → projects.
 */
import type { MunicipalityData } from '../../../datasets/load.ts';
import { planRemainder, type Row } from '../../../figures/municipality.ts';
import { t, type Lang } from '../../../i18n/index.ts';
import { shownText, shownTitle } from '../../translated.ts';
import { translatedColumn, type Column } from '../table/table.ts';

export interface Round {
  appraisal: Row<'appraisals'>;
  events: Row<'events'>[];
  problems: Row<'priorities'>[];
}

export type Plan = Row<'action_plans'> & { remainder: number | undefined; period: string | undefined };

export interface Chain {
  rounds: Round[];
  groups: Row<'initiative_groups'>[];
  plans: Plan[];
  projects: Row<'projects'>[];
  /** Nothing to show: no appraisal, plan or project. */
  empty: boolean;
}

export function planningChain(m: MunicipalityData): Chain {
  const tb = m.tables;
  return {
    rounds: tb.appraisals.map((a) => ({ appraisal: a, events: tb.events.filter((e) => e.appraisal === a.id), problems: tb.priorities.filter((p) => p.appraisal === a.id) })),
    groups: tb.initiative_groups,
    plans: tb.action_plans.map((p) => ({ ...p, remainder: planRemainder(p), period: [p.year_from, p.year_to].filter(Boolean).join('–') || undefined })),
    projects: tb.projects,
    empty: tb.appraisals.length + tb.action_plans.length + tb.projects.length === 0,
  };
}

/** The Russian titles of the problems a group or project names (an unknown id shows as itself). */
export const problemTitles = (m: MunicipalityData, ids: readonly string[]) => ids.map((id) => m.tables.priorities.find((p) => p.id === id)?.title_ru ?? id);

/** Column sets of the chain's tables. */
export function planningColumns(lang: Lang, m: MunicipalityData) {
  const events: Column<Row<'events'>>[] = [
    { label: t(lang, 'common.title'), kind: 'text', get: (r) => r.title_ru, dataLang: 'ru' },
    { label: t(lang, 'common.count'), kind: 'count', get: (r) => r.count },
    { label: t(lang, 'common.participants'), kind: 'count', get: (r) => r.participants },
    { label: t(lang, 'event.age18'), kind: 'count', get: (r) => r.age_18_35 },
    { label: t(lang, 'event.age36'), kind: 'count', get: (r) => r.age_36_55 },
    { label: t(lang, 'event.age55'), kind: 'count', get: (r) => r.age_55_plus },
  ];
  const problems: Column<Row<'priorities'>>[] = [
    { label: t(lang, 'planning.rank'), kind: 'text', get: (r) => (r.rank === undefined ? t(lang, 'planning.unranked') : String(r.rank)) },
    translatedColumn(t(lang, 'common.title'), (r) => shownTitle(m, lang, 'priorities', r)),
  ];
  const groups: Column<Row<'initiative_groups'>>[] = [
    { label: t(lang, 'common.title'), kind: 'text', get: (r) => r.name ?? r.id, dataLang: 'ru' },
    { label: t(lang, 'planning.groupProblems'), kind: 'text', get: (r) => r.problems_as_written, dataLang: 'ru' },
    { label: t(lang, 'projects.problem'), kind: 'text', get: (r) => problemTitles(m, r.priorities), dataLang: 'ru' },
  ];
  const plans: Column<Plan>[] = [
    translatedColumn(t(lang, 'common.title'), (r) => shownText(m, lang, 'action_plans', r.id, 'title_ru', r.title_ru) ?? { text: r.id, lang }),
    { label: t(lang, 'planning.period'), kind: 'text', get: (r) => r.period },
    { label: t(lang, 'planning.adopted'), kind: 'date', get: (r) => r.adopted_date },
    { label: t(lang, 'planning.problemsCount'), kind: 'count', get: (r) => r.problems_count },
    { label: t(lang, 'planning.activitiesCount'), kind: 'count', get: (r) => r.activities_count },
    { label: t(lang, 'planning.totalCost'), kind: 'money', get: (r) => r.total_cost_som },
    { label: t(lang, 'planning.residents'), kind: 'money', get: (r) => r.residents_som },
    { label: t(lang, 'planning.investment'), kind: 'money', get: (r) => r.investment_som },
    { label: t(lang, 'planning.unexplained'), kind: 'money', get: (r) => r.remainder },
  ];
  const projects: Column<Row<'projects'>>[] = [
    translatedColumn(t(lang, 'common.title'), (r) => shownTitle(m, lang, 'projects', r)),
    { label: t(lang, 'projects.problem'), kind: 'text', get: (r) => problemTitles(m, r.priorities), dataLang: 'ru' },
    { label: t(lang, 'projects.totalStated'), kind: 'money', get: (r) => r.total_som },
    { label: t(lang, 'projects.direct'), kind: 'count', get: (r) => r.beneficiaries_direct },
    { label: t(lang, 'projects.indirect'), kind: 'count', get: (r) => r.beneficiaries_indirect },
    { label: t(lang, 'projects.totalBeneficiaries'), kind: 'count', get: (r) => r.beneficiaries_total },
  ];
  return { events, problems, groups, plans, projects };
}
