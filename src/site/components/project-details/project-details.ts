/** A project as the end of the planning chain: the problems and plan it answers, its outputs, funding and monitoring. */
import type { MunicipalityData } from '../../../datasets/load.ts';
import { projectChain, type Row } from '../../../figures/municipality.ts';
import { t, type Lang } from '../../../i18n/index.ts';
import type { Column } from '../table/table.ts';

export function projectView(lang: Lang, m: MunicipalityData, p: Row<'projects'>) {
  const chain = projectChain(m, p);
  const outputColumns: Column<Row<'project_outputs'>>[] = [
    { label: t(lang, 'projects.outputs'), kind: 'text', get: (r) => r.description_ru, dataLang: 'ru' },
    { label: t(lang, 'projects.quantity'), kind: 'number', get: (r) => r.quantity },
    { label: t(lang, 'projects.unit'), kind: 'text', get: (r) => r.unit_ru, dataLang: 'ru' },
  ];
  return {
    chain,
    /** The problems' Russian titles in one line, or undefined when the project names none. */
    problems: chain.priorities.length ? chain.priorities.map((x) => x.title_ru).join('; ') : undefined,
    plan: chain.plan && (chain.plan.title_ru ?? chain.plan.id),
    /** What the monitoring groups checked, all groups together. */
    checked: chain.monitoring.flatMap((g) => g.checked_ru),
    outputColumns,
  };
}
