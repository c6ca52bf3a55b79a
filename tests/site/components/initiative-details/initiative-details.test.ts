import { describe, expect, it } from 'vitest';
import { loadData } from '../../../../src/checks/load.ts';
import { initiativeView } from '../../../../src/site/components/initiative-details/initiative-details.ts';
import { FIXTURE_DATA } from '../../../helpers/fixture.ts';

const m = loadData(FIXTURE_DATA).municipalities.find((x) => x.profile.id === 'orozbekov')!;
const initiative = m.tables.initiatives.find((i) => i.id === 'papa-mama-i-ya')!;

describe('initiativeView', () => {
  it('finds its contest and its funding rows in order', () => {
    const v = initiativeView('ru', m, initiative);
    expect(v.contest?.id).toBe('mi-1');
    expect(v.funding.rows.map((r) => r.position)).toEqual([1, 2, 3]);
    expect(v.funding.rows.every((r) => r.owner === initiative.id)).toBe(true);
  });

  it('sums the known participant groups', () => {
    const v = initiativeView('ru', m, { ...initiative, fathers: 3, mothers: 4, boys: undefined });
    expect(v.participants.groups.find((g) => g.group === 'fathers')?.count).toBe(3);
    expect(v.groupSum).toBe(v.participants.groups.reduce((s, g) => s + (g.count ?? 0), 0));
  });

  it('names the applicant only with recorded consent', () => {
    expect(initiativeView('ru', m, { ...initiative, applicant_name: 'А. Б.', applicant_consent: false }).named).toBeUndefined();
    expect(initiativeView('ru', m, { ...initiative, applicant_name: 'А. Б.', applicant_consent: true }).named).toBe('А. Б.');
  });
});
