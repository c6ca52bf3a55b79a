import { describe, expect, it } from 'vitest';
import { parseCsvDataset } from '../../src/datasets/define.ts';
import { funding } from '../../src/datasets/tables/funding.ts';
import { hearings } from '../../src/datasets/tables/hearings.ts';
import { utf8 } from '../helpers/bytes.ts';
import { where } from '../helpers/problems.ts';

const FILE = 'municipalities/x/hearings.csv';
const HEADER = 'id,date,type,participants,women,deputies,topics_ru,decisions_ru,title_ru,source_doc,source_section,note';
const parse = (...rows: string[]) => parseCsvDataset(hearings, utf8([HEADER, ...rows].join('\n') + '\n'), FILE);

describe('cell values', () => {
  it('reports text in a number column at its row and column, with the value', () => {
    const { problems, records } = parse('a,26.01.2013,execution,111,65,7,,,,,,', 'b,28.06.2013,formation,"12,0 тыс.",56,4,,,,,,');
    expect(problems.map(where)).toEqual([{ code: 'not-a-number', file: FILE, row: 3, column: 'participants', value: '12,0 тыс.' }]);
    expect(records.map((r) => r.id)).toEqual(['a']);
  });

  it('reports a date that does not exist', () => {
    const { problems } = parse('a,31.02.2013,execution,111,65,7,,,,,,');
    expect(problems.map(where)).toEqual([{ code: 'not-a-date', file: FILE, row: 2, column: 'date', value: '31.02.2013' }]);
  });

  it('reports a value outside the allowed list, naming the allowed values', () => {
    const { problems } = parse('a,26.01.2013,исполнение,111,65,7,,,,,,');
    expect(problems.map(where)).toEqual([{ code: 'not-allowed', file: FILE, row: 2, column: 'type', value: 'исполнение' }]);
    expect(problems[0]!.params?.allowed).toBe('execution, formation, other');
  });

  it('reports a duplicate id at the duplicate row, pointing to the first', () => {
    const { problems, records } = parse('a,26.01.2013,execution,111,65,7,,,,,,', 'b,28.06.2013,formation,122,56,4,,,,,,', 'a,01.03.2014,execution,103,21,5,,,,,,');
    expect(problems.map(where)).toEqual([{ code: 'duplicate-id', file: FILE, row: 4, column: 'id', value: 'a' }]);
    expect(problems[0]!.params?.first).toBe(2);
    expect(records.map((r) => r._row)).toEqual([2, 3]);
  });

  it('reports a duplicate composite key with all its parts', () => {
    const head = 'owner_type,owner,position,source_type,source_name_ru,amount_som,amount_as_written,in_kind,purpose_ru,source_doc,source_section,note';
    const row = 'project,roads-bridges,1,local_budget,,107000,,нет,,,,';
    const { problems } = parseCsvDataset(funding, utf8(`${head}\n${row}\n${row}\n`), 'f.csv');
    expect(problems.map(where)).toEqual([{ code: 'duplicate-id', file: 'f.csv', row: 3, column: 'owner_type+owner+position', value: 'project + roads-bridges + 1' }]);
    expect(problems[0]!.params?.first).toBe(2);
  });

  it('collects every bad cell of a row and of the file, not just the first', () => {
    const { problems } = parse('a,32.01.2013,execution,111,много,7,,,,,,', 'b,28.06.2013,formation,122,56,-4,,,,,,');
    expect(problems.map(where)).toEqual([
      { code: 'not-a-date', file: FILE, row: 2, column: 'date', value: '32.01.2013' },
      { code: 'not-a-number', file: FILE, row: 2, column: 'women', value: 'много' },
      { code: 'out-of-range', file: FILE, row: 3, column: 'deputies', value: '-4' },
    ]);
  });
});
