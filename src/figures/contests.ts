/** A contest's applications: what became of each, winners first. Pure functions. */
import type { MunicipalityData } from '../datasets/load.ts';
import type { APPLICATION_STATUSES } from '../datasets/tables/initiatives.ts';
import type { Row } from './municipality.ts';

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The `status` column where given; else "won" where `winner` says yes; else unknown (an empty `winner` does not say "lost"). */
export const applicationStatus = (i: Row<'initiatives'>): ApplicationStatus => i.status ?? (i.winner ? 'won' : 'unknown');

const ORDER: Record<ApplicationStatus, number> = { won: 0, not_selected: 1, unknown: 2 };

/** Every application of a contest, winners first, then not selected, then unknown; file order within each. */
export function applicationsOf(m: MunicipalityData, contest: string): Array<Row<'initiatives'> & { outcome: ApplicationStatus }> {
  return m.tables.initiatives
    .filter((i) => i.contest === contest)
    .map((i, n) => ({ row: { ...i, outcome: applicationStatus(i) }, n }))
    .sort((a, b) => ORDER[a.row.outcome] - ORDER[b.row.outcome] || a.n - b.n)
    .map((x) => x.row);
}
