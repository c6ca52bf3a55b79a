import { describe, expect, it } from 'vitest';
import { Footnotes } from '../../../../src/site/components/footnotes/footnotes.ts';
import { columnLangs, localizedColumn, stacking, tableBody, type Column } from '../../../../src/site/components/table/table.ts';

interface R {
  name: string;
  amount?: number;
  source_doc?: string;
}
const columns: Column<R>[] = [
  { label: 'Name', kind: 'text', get: (r) => r.name, dataLang: 'ru' },
  { label: 'Amount', kind: 'money', get: (r) => r.amount, series: true },
  { label: 'Date', kind: 'date', get: () => undefined },
];

describe('tableBody', () => {
  it('formats each cell, keeps the machine value of series columns and leaves unknown values empty', () => {
    const [row] = tableBody('ru', columns, [{ name: 'Школа', amount: 1500 }]);
    expect(row!.cells).toEqual([
      { text: 'Школа', value: undefined, numeric: false, dataLang: 'ru' },
      { text: expect.stringContaining('1'), value: '1500', numeric: true, dataLang: undefined },
      { text: undefined, value: undefined, numeric: false, dataLang: undefined },
    ]);
    expect(tableBody('ru', columns, [{ name: 'x' }])[0]!.cells[1]!.text).toBeUndefined();
  });

  it('links rows and numbers their footnotes in row order, sharing a note between rows of the same source', () => {
    const notes = new Footnotes('t', [{ id: 'doc-1', file: 'a.pdf' } as never]);
    const body = tableBody('en', columns, [{ name: 'a', source_doc: 'doc-1' }, { name: 'b' }, { name: 'c', source_doc: 'doc-1' }], (r) => `/x/${r.name}/`, notes);
    expect(body.map((r) => [r.link, r.note?.n])).toEqual([
      ['/x/a/', 1],
      ['/x/b/', undefined],
      ['/x/c/', 1],
    ]);
  });
});

describe('localizedColumn', () => {
  it('marks each cell with the language its text is in', () => {
    const col = localizedColumn<{ t?: { text: string; lang: 'ru' | 'ky' } }>('Title', (r) => r.t);
    const body = tableBody('ky', [col], [{ t: { text: 'Мектеп', lang: 'ky' } }, { t: { text: 'Школа', lang: 'ru' } }, {}]);
    expect(body.map((r) => [r.cells[0]!.text, r.cells[0]!.dataLang])).toEqual([
      ['Мектеп', 'ky'],
      ['Школа', 'ru'],
      [undefined, undefined],
    ]);
  });
});

describe('stacking', () => {
  it('stacks from three columns, on tablets from five, everywhere from eight', () => {
    const cols = (...kinds: Column['kind'][]) => kinds.map((kind) => ({ kind }));
    expect(stacking(cols('text', 'text'))).toEqual({ stack: false, wider: false, widest: false });
    expect(stacking(cols('text', 'text', 'money'))).toEqual({ stack: true, wider: false, widest: false });
    expect(stacking(cols('text', 'text', 'text', 'date', 'money'))).toEqual({ stack: true, wider: true, widest: false });
    expect(stacking(cols(...Array<Column['kind']>(8).fill('text')))).toEqual({ stack: true, wider: true, widest: true });
  });
  it('keeps a label and up to three numbers as a table on phones', () => {
    const cols = (...kinds: Column['kind'][]) => kinds.map((kind) => ({ kind }));
    expect(stacking(cols('text', 'money', 'money', 'money'))).toEqual({ stack: false, wider: false, widest: false });
    expect(stacking(cols('text', 'money', 'money', 'money', 'percent'))).toEqual({ stack: true, wider: false, widest: false });
  });
});

describe('columnLangs', () => {
  const cell = (text: string | undefined, dataLang: string | undefined) => ({ text, dataLang, value: undefined, numeric: false });
  const rows = (...cells: ReturnType<typeof cell>[][]) => cells.map((c) => ({ link: undefined, note: undefined, cells: c }));
  it('names the one language of a column’s filled cells, from two cells on', () => {
    const body = rows([cell('a', 'ru'), cell('Жер', 'ky'), cell('x', 'ky')], [cell('b', 'ru'), cell('Суу', 'ky'), cell(undefined, undefined)], [cell('c', 'ru'), cell(undefined, undefined), cell('y', 'ru')]);
    expect(columnLangs(body, 3)).toEqual(['ru', 'ky', undefined]);
    expect(columnLangs(rows([cell('a', 'ky')]), 1)).toEqual([undefined]);
  });
});
