import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/checks/load.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

describe('the bundled data', () => {
  const { problems, municipalities } = loadData(FIXTURE_DATA);

  it('has no errors', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('loads both municipalities of the seeds, and the fixture’s budget municipality', () => {
    expect(municipalities.map((m) => m.profile.id).sort()).toEqual(['ak-chiy-kachybek-sovetskoe', 'altyn-bulak', 'orozbekov']);
  });

  it('warns about the hearings table whose total row says 449/170/11 while its rows sum to 649/254/27', () => {
    const totals = problems.filter((p) => p.code === 'total-mismatch' && p.file.endsWith('stated_totals.csv'));
    const pairs = totals.map((p) => [p.params?.stated, p.params?.computed]);
    expect(pairs).toEqual(expect.arrayContaining([[449, 649], [170, 254], [11, 27], [26, 27]]));
    expect(totals.every((p) => p.severity === 'warning')).toBe(true);
  });
});
