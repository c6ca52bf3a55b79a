import { defineCsv } from '../define.ts';
import { bool, id, num, oneOf, optText, som, sourceColumns } from '../fields.ts';

export const FUNDING_SOURCES = [
  'local_budget',
  'republican_budget',
  'grant',
  'donor',
  'development_fund',
  'pasture_committee',
  'residents_cash',
  'residents_labour',
  'initiator',
  'other',
] as const;

/** Funding by source of projects, initiatives and plans; in-kind work is marked. */
export const funding = defineCsv({
  name: 'funding',
  file: 'funding.csv',
  title: { ru: 'Финансирование по источникам', ky: 'Булактар боюнча каржылоо', en: 'Funding by source' },
  description: {
    ru: 'Финансирование проектов и инициатив по источникам; трудовой вклад отмечен как неденежный.',
    en: 'Funding of projects and initiatives by source; residents’ labour is marked as in kind.',
  },
  columns: {
    owner_type: oneOf(['project', 'initiative', 'plan'], { ru: 'Что финансируется: project, initiative или plan', en: 'What is funded: project, initiative or plan' }),
    owner: id({ ru: 'Id проекта, инициативы или ПСД', en: 'Id of the project, initiative or plan' }),
    position: num({ ru: 'Порядковый номер', en: 'Position', integer: true, min: 1, max: 1000 }),
    source_type: oneOf(FUNDING_SOURCES, { ru: 'Вид источника', en: 'Kind of source' }),
    source_name_ru: optText({ ru: 'Источник, как в источнике', en: 'Source as written' }),
    amount_som: som({ ru: 'Сумма, сом (пусто, если не указана)', en: 'Amount, som (empty if not given)' }),
    amount_as_written: optText({ ru: 'Сумма, как написано в источнике', en: 'Amount as written in the source', example: '12,0 тыс. сом' }),
    in_kind: bool({ ru: 'Неденежный вклад (труд): да/нет', en: 'In kind (labour): yes/no' }),
    purpose_ru: optText({ ru: 'На что потрачено', en: 'What it paid for' }),
    ...sourceColumns,
  },
  key: ['owner_type', 'owner', 'position'],
});
