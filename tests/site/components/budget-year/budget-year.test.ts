import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../../../src/datasets/municipality.ts';
import { groupPages, groupView, printedAmount, yearView } from '../../../../src/site/components/budget-year/budget-year.ts';
import { budgetSummary } from '../../../../src/site/components/budget-summary/budget-summary.ts';
import { tableBody } from '../../../../src/site/components/table/table.ts';
import { budgetCsv, budgetMunicipality, fixture } from '../../../helpers/budget-fixture.ts';

const doc = (id: string, date: string, number: string): SourceDocument =>
  ({ id, file: '', title_ru: `Токтом ${id}`, kind_ru: 'Токтом', municipality: 'test', language: ['ky'], date_note_ru: null, date, number, url: `https://example.kg/${id}` }) as SourceDocument;
const sources = [doc('res-jan', '2024-01-20', '12'), doc('res-jun', '2024-06-15', '31')];

describe('a year given by two documents', () => {
  const { m } = budgetMunicipality(fixture('of-which.csv'));
  const view = yearView('ru', m, 2024, sources);

  it('takes each phase from its document and lists every document, saying which is shown', () => {
    expect(view.summary.shown.approved!.doc).toBe('res-jan');
    expect(view.summary.shown.amended!.doc).toBe('res-jun');
    expect(view.versions.rows.map((r) => [r.document, r.revenue, r.shown])).toEqual([
      ['Токтом res-jan, № 12, 20 января 2024 г.', 5_453_600, 'да'],
      ['Токтом res-jun, № 31, 15 июня 2024 г.', 5_553_600, 'да'],
    ]);
    expect(view.source).toEqual({ text: 'Токтом res-jun, № 31, 15 июня 2024 г.', url: 'https://example.kg/res-jun' });
  });

  it('leads with the totals per phase and the grant’s share', () => {
    const labels = view.answers.map((a) => a.label);
    expect(labels).toContain('Доходы, утверждено');
    expect(labels).toContain('Доходы, уточнённый');
    expect(labels).toContain('Доля выравнивающего гранта в доходах');
  });

  it('never shows a draft as the budget', () => {
    const draft = yearView('ru', m, 2025, sources);
    expect(draft.draftOnly).toBe(true);
    expect(draft.answers).toEqual([]);
    // Its lines are listed, under the draft's name only.
    expect(draft.directions.map((d) => d.table.columns.map((c) => c.label))).toEqual([['Статья', 'Проект, тыс. сом']]);
    expect(draft.versions.rows).toMatchObject([{ phase: 'Проект', shown: 'нет: проект не является бюджетом' }]);
    expect(budgetSummary('ru', m, sources)!.year).toBe(2024);
  });
});

describe('lines as printed', () => {
  const { m } = budgetMunicipality(fixture('saryoi-2015.csv'));
  const view = yearView('ru', m, 2015, []);
  const revenue = view.directions.find((d) => d.direction === 'revenue')!;

  it('puts the document’s unit in the header and its numbers, as printed, in the cells', () => {
    expect(revenue.table.columns.map((c) => c.label)).toEqual(['Статья', 'Утверждено, тыс. сом']);
    const body = tableBody('ru', revenue.table.columns, revenue.table.rows);
    expect(body[0]!.cells.map((c) => c.text?.replace(/\s/g, ' '))).toEqual(['Юридикалык, физикалык жактардан алынуучу салык жана башка төлөмдөр', '555,2']);
    expect(body[0]!.cells[0]!.sub).toBeUndefined();
    expect(printedAmount('ky', revenue.table.rows[1]!.line)!.replace(/\s/g, ' ')).toBe('3 662,4 миң сом');
  });

  it('gives each cell its unit when a phase’s lines were printed in different units, and a line’s code under its label', () => {
    const mixed = budgetMunicipality(budgetCsv([
      { year: '2024', direction: 'revenue', phase: 'approved', source_doc: 'res-jan', line: '1', code: '1111', label_ky: 'Киреше салыгы', amount: '1 791,2', unit: 'миң сом' },
      { year: '2024', direction: 'revenue', phase: 'approved', source_doc: 'res-jan', line: '2', label_ky: 'Жер салыгы', amount: '5 684 800', unit: 'сом' },
    ])).m;
    const table = yearView('ru', mixed, 2024, []).directions[0]!.table;
    expect(table.columns.map((c) => c.label)).toEqual(['Статья, код', 'Утверждено']);
    const body = tableBody('ru', table.columns, table.rows);
    expect(body.map((r) => [r.cells[0]!.sub, r.cells[1]!.text?.replace(/\s/g, ' ')])).toEqual([['1111', '1 791,2 тыс. сом'], [undefined, '5 684 800 сом']]);
  });

  it('falls back visibly to Kyrgyz on a Russian page', () => {
    const body = tableBody('ru', revenue.table.columns, revenue.table.rows);
    expect(body[0]!.cells[0]!.dataLang).toBe('ky');
  });
});

describe('group pages', () => {
  it('give each line with of-which lines its own page, with the line’s amount beside its parts’ sum', () => {
    const { m } = budgetMunicipality(fixture('of-which.csv'));
    // The June amendment has no of-which lines: the January lines' groups come from the approved document only when it is the one shown.
    const jan = budgetMunicipality(budgetCsv([
      { year: '2024', direction: 'revenue', phase: 'approved', source_doc: 'res-jan', line: '1', label_ky: 'Өз кирешелери', amount: '1 791,2', unit: 'миң сом' },
      { year: '2024', direction: 'revenue', phase: 'approved', source_doc: 'res-jan', line: '1.1', parent: '1', label_ky: 'жер салыгы', amount: '1 200,0', unit: 'миң сом' },
    ])).m;
    expect(groupPages(m, 2024, sources)).toEqual([]);
    const pages = groupPages(jan, 2024);
    expect(pages.map((g) => [g.slug, g.page, g.pages])).toEqual([['revenue-1', 1, 1]]);
    const v = groupView('ky', jan, 2024, pages[0]!, []);
    expect(v).toMatchObject({ parentAmount: 1_791_200, partsSum: 1_200_000 });
    expect(v.trail[0]!.href).toBe('/ky/test/budget/2024/');
  });
});
