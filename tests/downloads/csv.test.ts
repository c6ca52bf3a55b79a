/** The CSV serialiser: formula neutralisation, numbers, lists, booleans, empty cells, both dialects. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralise, restore } from '../../src/datasets/csv-write.ts';
import type { FieldMeta } from '../../src/datasets/fields.ts';
import { cellText, numberText, toCsv } from '../../src/downloads/csv.ts';
import type { Table } from '../../src/downloads/table.ts';

const text: FieldMeta = { type: 'string', required: false };
const num: FieldMeta = { type: 'number', required: false };
const int: FieldMeta = { type: 'integer', required: false };
const list: FieldMeta = { type: 'list', required: false };
const bool: FieldMeta = { type: 'boolean', required: false };

const PAYLOADS = ['=HYPERLINK("http://x","y")', '+1', '@SUM(A1)', '-2+3', '\tcmd', '\rcmd', "'=1", "''+1"];

describe('formula neutralisation', () => {
  it.each(PAYLOADS)('prefixes %j with an apostrophe', (payload) => {
    expect(neutralise(payload)).toBe(`'${payload}`);
    expect(cellText(payload, text, 'machine')).toBe(`'${payload}`);
  });

  it.each(PAYLOADS)('can be undone exactly for %j', (payload) => {
    expect(restore(neutralise(payload))).toBe(payload);
  });

  it.each(['Ремонт дорог', "'quoted'", "'", 'a=b', '1-2', ' =x', 'Жылы 2014'])('leaves %j alone', (plain) => {
    expect(neutralise(plain)).toBe(plain);
    expect(restore(plain)).toBe(plain);
  });

  it('never touches numbers, negative ones included', () => {
    expect(cellText(-1500, num, 'machine')).toBe('-1500');
    expect(cellText(-1500, int, 'excel')).toBe('-1500');
    expect(cellText(-1500.5, num, 'excel')).toBe('-1500,5');
  });

  it('neutralises a list cell by its first character', () => {
    expect(cellText(['-a', 'b'], list, 'machine')).toBe("'-a|b");
    expect(cellText(['a', '-b'], list, 'machine')).toBe('a|-b');
  });
});

describe('cell text', () => {
  it('writes plain numbers with the dialect decimal mark, no grouping, no exponent', () => {
    expect(numberText(5684800, '.')).toBe('5684800');
    expect(numberText(3.6, ',')).toBe('3,6');
    expect(numberText(1e21, '.')).toBe('1000000000000000000000');
    expect(numberText(1.5e-7, '.')).toBe('0.00000015');
    expect(numberText(-0, '.')).toBe('0');
    expect(() => numberText(Number.NaN, '.')).toThrow();
  });

  it('writes unknown as empty, never 0', () => {
    for (const meta of [text, num, int, list, bool]) expect(cellText(undefined, meta, 'machine')).toBe('');
  });

  it('writes booleans as true/false and lists joined with "|"', () => {
    expect(cellText(true, bool, 'excel')).toBe('true');
    expect(cellText(false, bool, 'machine')).toBe('false');
    expect(cellText(['Ак-Чий', 'Качыбек'], list, 'machine')).toBe('Ак-Чий|Качыбек');
    expect(cellText([], list, 'machine')).toBe('');
  });

  it('refuses a value of the wrong type instead of writing it', () => {
    expect(() => cellText('12', num, 'machine')).toThrow(/number/);
    expect(() => cellText('a', list, 'machine')).toThrow(/list/);
  });
});

describe('toCsv', () => {
  const table: Table = {
    columns: [
      { name: 'title', meta: text },
      { name: 'amount', meta: num },
      { name: 'villages', meta: list },
    ],
    rows: [
      { title: '=HYPERLINK("http://x","y")', amount: -1500, villages: ['Ак-Чий'] },
      { title: 'Сход; "село", итоги', amount: 12.5, villages: [] },
      { title: undefined, amount: undefined, villages: ['a', 'b'] },
    ],
  };

  it('machine: no BOM, ",", dot decimal, CRLF, quoting only where needed', () => {
    const csv = toCsv(table, 'machine');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv).toBe(
      'title,amount,villages\r\n' + `"'=HYPERLINK(""http://x"",""y"")",-1500,Ак-Чий\r\n` + '"Сход; ""село"", итоги",12.5,\r\n' + ',,a|b\r\n',
    );
  });

  it('excel: BOM, ";", decimal comma; a spreadsheet reader gets the neutralised text and the number', () => {
    const csv = toCsv(table, 'excel');
    expect(csv.startsWith('\uFEFFtitle;amount;villages\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[1]).toEqual([`'=HYPERLINK("http://x","y")`, '-1500', 'Ак-Чий']);
    expect(rows[2]).toEqual(['Сход; "село", итоги', '12,5', '']);
  });

  it('gives the same text for the same table', () => {
    expect(toCsv(table, 'excel')).toBe(toCsv(structuredClone(table), 'excel'));
  });
});
