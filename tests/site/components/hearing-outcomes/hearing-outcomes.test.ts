import { describe, expect, it } from 'vitest';
import { loadData } from '../../../../src/checks/load.ts';
import { hasUnlinkedOutcomes, outcomesOf } from '../../../../src/site/components/hearing-outcomes/hearing-outcomes.ts';
import { FIXTURE_DATA } from '../../../helpers/fixture.ts';

const seeds = loadData(FIXTURE_DATA).municipalities;
const m = seeds.find((x) => x.profile.id === 'ak-chiy-kachybek-sovetskoe')!;

describe('hearing outcomes', () => {
  it('are found per hearing', () => {
    for (const h of m.tables.hearings) expect(outcomesOf(m, h.id).every((o) => o.hearing === h.id)).toBe(true);
    expect(outcomesOf(m, 'no-such')).toEqual([]);
  });

  it('stand apart when the source does not name their hearing', () => {
    expect(hasUnlinkedOutcomes(m)).toBe(m.tables.hearing_outcomes.some((o) => !o.hearing));
    const linked = { ...m, tables: { ...m.tables, hearing_outcomes: m.tables.hearing_outcomes.map((o) => ({ ...o, hearing: 'obs-2013-01-26' })) } };
    expect(hasUnlinkedOutcomes(linked)).toBe(false);
  });
});
