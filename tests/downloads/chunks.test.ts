/**
 * National files are written one municipality at a time: the pieces must join into exactly
 * the file a single table gives, with the combined files' municipality column filled in.
 */
import { describe, expect, it } from 'vitest';
import type { FieldMeta } from '../../src/datasets/fields.ts';
import { csvChunks, toCsv } from '../../src/downloads/csv.ts';
import { jsonChunks, tableJson } from '../../src/downloads/json.ts';
import { municipalityColumn, type Block, type Column, type Row } from '../../src/downloads/table.ts';

const text: FieldMeta = { type: 'string', required: false };
const num: FieldMeta = { type: 'number', required: false };
const own: Column[] = [{ name: 'label', meta: text }, { name: 'amount', meta: num }];
const columns = [municipalityColumn, ...own];

const a: Row[] = [{ label: 'Ремонт, дорог', amount: 1500.5 }, { label: '=1+2', amount: undefined }];
const b: Row[] = [{ label: 'Школа "Бакыт"', amount: -3 }];
const blocks: Block[] = [
  { rows: a, shared: { municipality: 'kara-suu' } },
  { rows: [], shared: { municipality: 'empty' } },
  { rows: b, shared: { municipality: 'aral' } },
];
const flat = { columns, rows: [...a.map((r) => ({ municipality: 'kara-suu', ...r })), ...b.map((r) => ({ municipality: 'aral', ...r }))] };

describe.each(['machine', 'excel'] as const)('CSV (%s) in pieces', (dialect) => {
  it('joins into the single-table file', () => {
    const pieces = [...csvChunks(columns, blocks, dialect)];
    expect(pieces.length).toBe(3); // header, then one piece per non-empty block
    expect(pieces.join('')).toBe(toCsv(flat, dialect));
  });
  it('an empty table is its header line', () => {
    expect([...csvChunks(columns, [], dialect)].join('')).toBe(toCsv({ columns, rows: [] }, dialect));
  });
});

describe('JSON in pieces', () => {
  it('joins into the single-table file, records as JSON.stringify writes them', () => {
    const joined = [...jsonChunks(columns, blocks)].join('');
    expect(joined).toBe(tableJson(flat));
    expect(JSON.parse(joined)).toEqual(flat.rows.map((r) => Object.fromEntries(columns.map((c) => [c.name, (r as Row)[c.name] ?? null]))));
  });
  it('an empty table is []', () => expect([...jsonChunks(columns, [{ rows: [] }])].join('')).toBe('[]\n'));
});
