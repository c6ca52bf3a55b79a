import { describe, expect, it } from 'vitest';
import { loadData } from '../../../../src/checks/load.ts';
import { contestColumns, contestParts, regulationText } from '../../../../src/site/components/contest-details/contest-details.ts';
import { FIXTURE_DATA } from '../../../helpers/fixture.ts';

const m = loadData(FIXTURE_DATA).municipalities.find((x) => x.profile.id === 'orozbekov')!;
const contest = m.tables.contests[0]!;

describe('contestParts', () => {
  it('joins the contest with its plan steps and every application, winners first', () => {
    const { plan, applications, won } = contestParts(m, contest);
    expect(plan).toHaveLength(3);
    expect(applications.map((i) => [i.id, i.outcome])).toEqual([['papa-mama-i-ya', 'won'], ['puteshestvie-v-skazku', 'won']]);
    expect(won).toBe(2);
    expect(contestParts(m, { ...contest, id: 'other' })).toEqual({ plan: [], applications: [], won: 0 });
  });

  it('keeps the applications that did not win, after the winners, with their status', () => {
    const [a, b] = m.tables.initiatives;
    const rows = [{ ...a!, id: 'lost', winner: false, status: 'not_selected' as const }, { ...b!, id: 'silent', winner: false, status: undefined }, { ...a!, winner: true }];
    const d = { ...m, tables: { ...m.tables, initiatives: rows } };
    expect(contestParts(d, contest).applications.map((i) => [i.id, i.outcome])).toEqual([['papa-mama-i-ya', 'won'], ['lost', 'not_selected'], ['silent', 'unknown']]);
    expect(contestParts(d, contest).won).toBe(1);
  });

  it('shows score and votes columns only where some application has them', () => {
    const apps = contestParts(m, contest).applications;
    const labels = (xs: typeof apps) => contestColumns('en', [], xs).applicationColumns.map((c) => c.label);
    expect(labels(apps)).not.toContain('Score');
    expect(labels([{ ...apps[0]!, score: 87.5, votes: 12 }])).toEqual(expect.arrayContaining(['Score', 'Votes', 'Outcome']));
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
