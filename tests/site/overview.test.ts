/** The overview's answers and the citizens' budget, from tables built here (the bundled data only supplies a valid frame). */
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/checks/load.ts';
import type { MunicipalityData } from '../../src/datasets/load.ts';
import { citizensBudget, citizensBudgetYears, toBudgetRows } from '../../src/site/citizens-budget.ts';
import { overview, unpublished, PUBLISHABLE } from '../../src/site/overview.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

const base = loadData(FIXTURE_DATA).municipalities[0]!;
const empty = Object.fromEntries(Object.keys(base.tables).map((k) => [k, []])) as unknown as MunicipalityData['tables'];
const src = { source_doc: 'seed-002', source_section: undefined, note: undefined, _row: 2 };
const hearing = (id: string, date: string, x: object = {}) => ({ id, date, type: 'execution', participants: 10, women: 5, deputies: 1, topics_ru: [], decisions_ru: [], title_ru: undefined, ...src, ...x });
const with_ = (tables: Partial<Record<keyof MunicipalityData['tables'], unknown[]>>): MunicipalityData => ({ ...base, tables: { ...empty, ...tables } as MunicipalityData['tables'] });

describe('overview', () => {
  it('names every section not yet published and shows no count without its data', () => {
    const o = overview(with_({}));
    expect(o.unpublished).toEqual([...PUBLISHABLE]);
    expect(o.hearing).toBeUndefined();
    expect(o.contest).toBeUndefined();
    expect(o.counts.hearings).toBeUndefined();
    expect(o.counts.initiativesWon).toBeUndefined(); // no contest: no "0 initiatives"
  });

  it('takes the latest hearing with its decisions, and the latest separate meeting apart', () => {
    const m = with_({
      hearings: [hearing('a', '2014-06-13'), hearing('b', '2015-02-20', { decisions_ru: ['утвердить отчёт'] }), hearing('c', '2013-01-26')],
      hearing_outcomes: [{ id: 'o', hearing: undefined, date: '2015-02-17', participants: 46, decision_ru: 'утверждение ПСД', amount_som: undefined, ...src }],
    });
    const o = overview(m);
    expect(o.hearing?.row.id).toBe('b');
    expect(o.hearing?.decisions).toEqual(['утвердить отчёт']);
    expect(o.meeting?.id).toBe('o');
    expect(o.counts.hearings).toBe(3);
    expect(o.counts.hearingParticipants).toBe(30);
    expect(unpublished(m)).not.toContain('hearings');
  });

  it('sums attendance only when every hearing gives it', () => {
    const o = overview(with_({ hearings: [hearing('a', '2014-06-13'), hearing('b', '2015-02-20', { participants: undefined })] }));
    expect(o.counts.hearingParticipants).toBeUndefined();
  });
});

describe('citizens budget', () => {
  it('reads the budget contract\'s rows as they are: a draft stays a draft, never the adopted budget', () => {
    const rows = toBudgetRows([{ year: 2014, direction: 'expenditure', phase: 'draft', line: '1', parent: undefined, total: false, code: undefined, label_ru: 'Дороги', label_ky: undefined, label_en: undefined, amount_som: 26304, ...src } as never]);
    expect(rows[0]).toMatchObject({ phase: 'draft', line: '1', total: false, direction: 'expenditure' });
  });

  it('gathers a year\'s money, hearings, separate meetings; years from any table', () => {
    const m = with_({
      budget: [{ year: 2014, direction: 'revenue', phase: 'approved', code: undefined, label_ru: 'Грант', label_ky: undefined, label_en: undefined, amount_som: 500, ...src }],
      hearings: [hearing('a', '2013-01-26'), hearing('b', '2014-03-01', { decisions_ru: ['x'] })],
      hearing_outcomes: [{ id: 'o', hearing: undefined, date: '2014-02-27', participants: 31, decision_ru: 'утверждение бюджета', amount_som: undefined, ...src }],
    });
    expect(citizensBudgetYears(m)).toEqual([2013, 2014]);
    const cb = citizensBudget(m, 2014);
    expect(cb.money).toEqual([expect.objectContaining({ phase: 'approved', direction: 'revenue', total: 500 })]);
    expect(cb.hearings.map((h) => h.row.id)).toEqual(['b']);
    expect(cb.meetings.map((o) => o.id)).toEqual(['o']);
    expect(citizensBudget(m, 2013).money).toEqual([]);
  });
});
