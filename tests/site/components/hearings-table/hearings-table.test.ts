import { describe, expect, it } from 'vitest';
import { loadData } from '../../../../src/checks/load.ts';
import { hearingsByDate, hearingsView } from '../../../../src/site/components/hearings-table/hearings-table.ts';
import { FIXTURE_DATA } from '../../../helpers/fixture.ts';

const m = loadData(FIXTURE_DATA).municipalities.find((x) => x.profile.id === 'ak-chiy-kachybek-sovetskoe')!;

describe('hearingsView', () => {
  it('orders hearings by date', () => {
    expect(hearingsByDate(m).map((h) => h.date)).toEqual(['2013-01-26', '2013-06-28', '2014-03-01', '2014-06-13', '2015-02-20']);
  });

  it('summarises each hearing for the chart: participants / women / deputies, a dash when unknown', () => {
    const { summary, columns } = hearingsView('en', m);
    expect(summary.split('; ')).toHaveLength(5);
    expect(summary).toMatch(/^[^:]+: (\d+|—) \/ (\d+|—) \/ (\d+|—);/);
    expect(columns.filter((c) => c.series)).toHaveLength(3);
  });
});
