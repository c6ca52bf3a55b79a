/** Hearing outcomes: those of one hearing, whether any stand apart from the hearings, and the table's columns. */
import type { MunicipalityData } from '../../../datasets/load.ts';
import type { Row } from '../../../figures/municipality.ts';
import { t, type Lang } from '../../../i18n/index.ts';
import { translatedColumn, type Column } from '../table/table.ts';
import { shownText } from '../../translated.ts';

export const outcomesOf = (m: MunicipalityData, hearing: string) => m.tables.hearing_outcomes.filter((o) => o.hearing === hearing);

/** True when the source lists outcomes without naming their hearing. */
/** Outcomes that name no hearing: separate meetings with their own dates and attendance. */
export const unlinkedOutcomes = (m: MunicipalityData) => m.tables.hearing_outcomes.filter((o) => !o.hearing);

export const hasUnlinkedOutcomes = (m: MunicipalityData) => m.tables.hearing_outcomes.some((o) => !o.hearing);

/** The decision column shows the site's translation where there is one (with `m`). */
export function outcomeColumns(lang: Lang, m?: MunicipalityData): Column<Row<'hearing_outcomes'>>[] {
  return [
    { label: t(lang, 'common.date'), kind: 'date', get: (r) => r.date },
    m
      ? translatedColumn(t(lang, 'hearings.decision'), (r) => shownText(m, lang, 'hearing_outcomes', r.id, 'decision_ru', r.decision_ru))
      : { label: t(lang, 'hearings.decision'), kind: 'text', get: (r) => r.decision_ru, dataLang: 'ru' },
    { label: t(lang, 'common.participants'), kind: 'count', get: (r) => r.participants },
    { label: t(lang, 'common.amount'), kind: 'money', get: (r) => r.amount_som },
  ];
}
