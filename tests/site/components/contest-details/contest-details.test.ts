import { describe, expect, it } from 'vitest';
import { loadData } from '../../../../src/checks/load.ts';
import { contestColumns, contestParts, regulationText } from '../../../../src/site/components/contest-details/contest-details.ts';
import { FIXTURE_DATA } from '../../../helpers/fixture.ts';

const m = loadData(FIXTURE_DATA).municipalities.find((x) => x.profile.id === 'orozbekov')!;
const contest = m.tables.contests[0]!;

describe('contestParts', () => {
  it('joins the contest with its plan steps and its winning initiatives', () => {
    const { plan, winners } = contestParts(m, contest);
    expect(plan).toHaveLength(3);
    expect(winners.map((i) => i.id)).toEqual(['papa-mama-i-ya', 'puteshestvie-v-skazku']);
    expect(contestParts(m, { ...contest, id: 'other' })).toEqual({ plan: [], winners: [] });
  });

  it('leaves out initiatives that did not win', () => {
    const losing = { ...m, tables: { ...m.tables, initiatives: m.tables.initiatives.map((i, n) => ({ ...i, winner: n === 0 })) } };
    expect(contestParts(losing, contest).winners.map((i) => i.id)).toEqual(['papa-mama-i-ya']);
  });
});

describe('regulationText', () => {
  it('states number and date, a dash for the missing one, nothing when both are missing', () => {
    expect(regulationText('ru', contest)).toContain('226');
    expect(regulationText('ru', { ...contest, regulation_date: undefined })).toContain('—');
    expect(regulationText('ru', { ...contest, regulation_number: undefined, regulation_date: undefined })).toBeUndefined();
  });
});

describe('contestColumns', () => {
  it('marks the plan’s text columns with the language the plan is written in', () => {
    const { plan } = contestParts(m, contest);
    const { planColumns } = contestColumns('en', plan);
    expect(planColumns.map((c) => c.dataLang)).toEqual([undefined, plan[0]!.lang, plan[0]!.lang, plan[0]!.lang, undefined]);
    expect(contestColumns('en', []).planColumns[1]!.dataLang).toBe('ru');
  });
});
