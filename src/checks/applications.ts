/**
 * A contest application's `status` and `winner` must tell one story: the page shows the
 * status, while the allocation check and the winners' lists read `winner`.
 */
import type { MunicipalityData } from '../datasets/load.ts';
import type { Problem } from '../datasets/problems.ts';
import { datasets } from '../datasets/registry.ts';

/**
 * winner = yes with status not_selected, or status won with winner not yes: an error (one of
 * them is wrong); winner = yes with status unknown: a warning (the status hides a known win).
 */
export function checkApplicationStatus(m: MunicipalityData, out: Problem[]): void {
  const file = `municipalities/${m.profile.id}/${datasets.initiatives.file}`;
  for (const row of m.tables.initiatives) {
    const status = row.status;
    if (status === undefined) continue;
    const winner = row.winner ? 'yes' : 'no';
    const disagrees = (row.winner && status === 'not_selected') || (!row.winner && status === 'won');
    const hides = row.winner && status === 'unknown';
    if (!disagrees && !hides) continue;
    out.push({ code: 'status-winner-disagree', severity: disagrees ? 'error' : 'warning', file, row: row._row, column: 'status', value: status, params: { status, winner } });
  }
}
