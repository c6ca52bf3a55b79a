import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/datasets/csv.ts';
import { parseCsvDataset } from '../../src/datasets/define.ts';
import { problemMessage } from '../../src/i18n/index.ts';
import { hearings } from '../../src/datasets/tables/hearings.ts';
import { cp1251, utf16le, utf8, utf8bom } from '../helpers/bytes.ts';

const FILE = 'municipalities/x/hearings.csv';
const HEADER = 'id,date,type,participants,women,deputies,topics_ru,decisions_ru,title_ru,source_doc,source_section,note';
const ROW_A = 'obs-2013-01-26,26.01.2013,execution,111,65,7,,,ОБС по исполнению бюджета,seed-002,,';
const ROW_B = 'obs-2014-03-01,01.03.2014,execution,103,21,5,,,ОБС по исполнению бюджета,seed-002,,';

describe('CSV encodings', () => {
  it('rejects Windows-1251 and names the line of the first Cyrillic byte', () => {
    // Rows 1–2 are plain ASCII, so the first byte that is not UTF-8 is on line 3.
    const ascii = ROW_A.replace('ОБС по исполнению бюджета', 'OBS');
    const bytes = cp1251(`${HEADER}\n${ascii}\n${ROW_B}\n`);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // the fixture really is not UTF-8
    const { problems, rows } = readCsv(bytes, FILE);
    expect(rows).toEqual([]);
    expect(problems).toEqual([{ code: 'encoding-not-utf8', severity: 'error', file: FILE, params: { line: 3 } }]);
    expect(problemMessage('ru', problems[0]!)).toContain('строке 3');
    expect(problemMessage('en', problems[0]!)).toContain('line 3');
  });

  it('rejects UTF-16 LE with a byte-order mark', () => {
    const { problems } = parseCsvDataset(hearings, utf16le(`${HEADER}\n${ROW_A}\n`), FILE);
    expect(problems).toEqual([{ code: 'encoding-utf16', severity: 'error', file: FILE }]);
  });

  it('accepts UTF-8 with a BOM and strips it from the first header', () => {
    const bytes = utf8bom(`${HEADER}\n${ROW_A}\n`);
    expect(readCsv(bytes, FILE).headers[0]).toBe('id');
    const { records, problems } = parseCsvDataset(hearings, bytes, FILE);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.id, r.date, r.title_ru])).toEqual([['obs-2013-01-26', '2013-01-26', 'ОБС по исполнению бюджета']]);
  });

  it('reads the same rows from UTF-8 with and without a BOM', () => {
    const text = `${HEADER}\n${ROW_A}\n${ROW_B}\n`;
    expect(parseCsvDataset(hearings, utf8(text), FILE)).toEqual(parseCsvDataset(hearings, utf8bom(text), FILE));
  });
});
