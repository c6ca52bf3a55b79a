/** An initiative's page: its contest, funding, participants by group, and who may be named. */
import type { MunicipalityData } from '../../../datasets/load.ts';
import { fundingCheck, fundingOf, initiativeParticipants, type Row } from '../../../figures/municipality.ts';
import { sumOf } from '../../../figures/sums.ts';
import { t, type Key, type Lang } from '../../../i18n/index.ts';
import type { Column } from '../table/table.ts';

export type ParticipantGroup = ReturnType<typeof initiativeParticipants>['groups'][number];

export function initiativeView(lang: Lang, m: MunicipalityData, i: Row<'initiatives'>) {
  const participants = initiativeParticipants(i);
  const columns: Column<ParticipantGroup>[] = [
    { label: t(lang, 'initiatives.group'), kind: 'text', get: (r) => t(lang, `initiatives.${r.group}` as Key) },
    { label: t(lang, 'common.participants'), kind: 'count', get: (r) => r.count, series: true },
  ];
  return {
    contest: m.tables.contests.find((c) => c.id === i.contest),
    funding: fundingOf(m, 'initiative', i.id),
    check: fundingCheck(m, 'initiative', i.id, i.total_som),
    participants,
    groupSum: sumOf(participants.groups, 'count').value,
    columns,
    // A personal name is shown only where the data records consent (the loader also refuses names without it).
    named: i.applicant_consent && i.applicant_name ? i.applicant_name : undefined,
  };
}
