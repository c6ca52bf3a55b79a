/** Hearing outcomes: those of one hearing, whether any stand apart from the hearings, and the table's columns. */
import type { MunicipalityData } from '../../../datasets/load.ts';
import type { Row } from '../../../figures/municipality.ts';
import { t, type Lang } from '../../../i18n/index.ts';
import type { Column } from '../table/table.ts';

export const outcomesOf = (m: MunicipalityData, hearing: string) => m.tables.hearing_outcomes.filter((o) => o.hearing === hearing);

/** True when the source lists outcomes without naming their hearing. */
/** Outcomes that name no hearing: separate meetings with their own dates and attendance. */
export const unlinkedOutcomes = (m: MunicipalityData) => m.tables.hearing_outcomes.filter((o) => !o.hearing);

export const hasUnlinkedOutcomes = (m: MunicipalityData) => m.tables.hearing_outcomes.some((o) => !o.hearing);

export function outcomeColumns(lang: Lang): Column<Row<'hearing_outcomes'>>[] {
  return [
    { label: t(lang, 'common.date'), kind: 'date', get: (r) => r.date },
    { label: t(lang, 'hearings.decision'), kind: 'text', get: (r) => r.decision_ru, dataLang: 'ru' },
    { label: t(lang, 'common.participants'), kind: 'count', get: (r) => r.participants },
    { label: t(lang, 'common.amount'), kind: 'money', get: (r) => r.amount_som },
  ];
}
