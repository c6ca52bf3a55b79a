/** The hearings table: hearings by date, their columns and the chart's text summary. */
import type { MunicipalityData } from '../../../datasets/load.ts';
import type { Row } from '../../../figures/municipality.ts';
import { formatDate } from '../../../i18n/format.ts';
import { t, type Key, type Lang } from '../../../i18n/index.ts';
import type { Column } from '../table/table.ts';

export const hearingsByDate = (m: MunicipalityData) => [...m.tables.hearings].sort((a, b) => a.date.localeCompare(b.date));

export function hearingsView(lang: Lang, m: MunicipalityData) {
  const rows = hearingsByDate(m);
  const columns: Column<Row<'hearings'>>[] = [
    { label: t(lang, 'common.date'), kind: 'date', get: (r) => r.date },
    { label: t(lang, 'common.type'), kind: 'text', get: (r) => t(lang, `hearings.type.${r.type}` as Key) },
    { label: t(lang, 'common.participants'), kind: 'count', get: (r) => r.participants, series: true },
    { label: t(lang, 'common.women'), kind: 'count', get: (r) => r.women, series: true },
    { label: t(lang, 'common.deputies'), kind: 'count', get: (r) => r.deputies, series: true },
  ];
  // "26 January 2013: 120 / 40 / 5" per hearing: participants / women / deputies.
  const summary = rows.map((r) => `${formatDate(lang, r.date)}: ${r.participants ?? '—'} / ${r.women ?? '—'} / ${r.deputies ?? '—'}`).join('; ');
  return { rows, columns, summary };
}
