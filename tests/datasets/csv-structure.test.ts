import { describe, expect, it } from 'vitest';
import { parseCsvDataset } from '../../src/datasets/define.ts';
import { surveys } from '../../src/datasets/tables/surveys.ts';
import { utf8 } from '../helpers/bytes.ts';
import { where } from '../helpers/problems.ts';

const FILE = 'municipalities/x/surveys.csv';
const HEADER = 'id,year,respondents,scale_max,score,method_ru,conclusion_ru,source_doc,source_section,note';
const ROW = 'ao-services,,100,5,"3,6",анкетирование в трех селах,,seed-002,,';
const parse = (...lines: string[]) => parseCsvDataset(surveys, utf8(lines.join('\n') + '\n'), FILE);

describe('header and row shape', () => {
  it('reports a blank header with its position', () => {
    const { problems } = parse(`${HEADER},`, `${ROW},x`);
    expect(problems).toEqual([{ code: 'blank-header', severity: 'error', file: FILE, row: 1, params: { position: 11 } }]);
  });

  it('reports a duplicate header at row 1 with the column name', () => {
    const { problems } = parse(`${HEADER},score`, `${ROW},4`);
    expect(problems.map(where)).toEqual([{ code: 'duplicate-header', file: FILE, row: 1, column: 'score', value: 'score' }]);
  });

  it('reports an unknown column and lists the allowed ones', () => {
    const { problems } = parse(`${HEADER},оценка`, `${ROW},4`);
    expect(problems.map(where)).toEqual([{ code: 'unknown-column', file: FILE, row: 1, column: 'оценка', value: 'оценка' }]);
    expect(problems[0]!.params?.allowed).toContain('scale_max');
  });

  it('reports a missing required column as an error, a missing optional one as optional, and reads no records', () => {
    const header = HEADER.replace(',scale_max', '').replace(',note', '');
    const { problems, records } = parse(header, 'ao-services,,100,"3,6",анкетирование,,seed-002,');
    expect(problems.map((p) => ({ ...where(p), severity: p.severity }))).toEqual([
      { code: 'missing-column', severity: 'error', file: FILE, row: 1, column: 'scale_max', value: undefined },
      { code: 'missing-optional-column', severity: 'warning', file: FILE, row: 1, column: 'note', value: undefined },
    ]);
    expect(records).toEqual([]);
  });

  it('checks the rows beside a header problem, for the columns present', () => {
    const header = HEADER.replace(',scale_max', '');
    const { problems } = parse(header, 'ao-services,20l4,100,"3,6",анкетирование,,seed-002,,');
    expect(problems.map(where)).toEqual([
      { code: 'missing-column', file: FILE, row: 1, column: 'scale_max', value: undefined },
      { code: 'not-a-number', file: FILE, row: 2, column: 'year', value: '20l4' },
    ]);
    expect(problems[1]!.params?.kind).toBe('year');
  });

  it('reads a file without an optional column, the column empty', () => {
    const header = HEADER.replace(',note', '');
    const { problems, records } = parse(header, ROW.replace(/,$/, ''));
    expect(problems.map((p) => p.code)).toEqual(['missing-optional-column']);
    expect(records.map((r) => [r.id, r.note])).toEqual([['ao-services', undefined]]);
  });

  it('reports a ragged row by its spreadsheet row number and keeps the other rows', () => {
    // "3,6" unquoted splits into two cells: the classic decimal-comma mistake in a "," file.
    const { problems, records } = parse(HEADER, ROW, 'b,,100,5,3,6,,,seed-002,,', ROW.replace('ao-services', 'c'));
    expect(problems).toEqual([{ code: 'ragged-row', severity: 'error', file: FILE, row: 3, params: { found: 11, expected: 10 } }]);
    expect(records.map((r) => [r.id, r._row])).toEqual([['ao-services', 2], ['c', 4]]);
  });
});
