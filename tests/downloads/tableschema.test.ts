/** Table Schema fields and keys generated from the dataset declarations. */
import { describe, expect, it } from 'vitest';
import { budget } from '../../src/datasets/tables/budget.ts';
import { hearings } from '../../src/datasets/tables/hearings.ts';
import { surveys } from '../../src/datasets/tables/surveys.ts';
import { documentJson } from '../../src/downloads/json.ts';
import { columnDocs, columnsOf } from '../../src/downloads/table.ts';
import { DATE_PATTERN, tableSchema } from '../../src/downloads/tableschema.ts';

const field = (schema: ReturnType<typeof tableSchema>, name: string) => schema.fields.find((f) => f.name === name);

describe('tableSchema', () => {
  it('turns declared types, units, allowed values and ranges into fields and constraints', () => {
    const s = tableSchema(columnsOf(hearings), 'machine', { key: hearings.key, foreignKeys: [] }, columnDocs(hearings.name));
    expect(field(s, 'date')).toMatchObject({ type: 'string', example: '2013-01-26', constraints: { required: true, pattern: DATE_PATTERN } });
    expect(field(s, 'type')).toMatchObject({ type: 'string', constraints: { enum: ['execution', 'formation', 'other'] } });
    expect(field(s, 'participants')).toMatchObject({ type: 'integer', unit: 'people', constraints: { minimum: 0 } });
    expect(field(s, 'topics_ru')).toMatchObject({ type: 'list', delimiter: '|', itemType: 'string' });
    expect(field(s, 'participants')?.descriptionRu).toBe('Участники, всего');
    expect(s.primaryKey).toEqual(['id']);
  });

  it('writes examples as the downloads write values, per dialect', () => {
    expect(field(tableSchema(columnsOf(surveys), 'machine', { key: ['id'], foreignKeys: [] }, columnDocs(surveys.name)), 'score')).toMatchObject({ example: '3.6' });
    expect(field(tableSchema(columnsOf(surveys), 'excel', { key: ['id'], foreignKeys: [] }, columnDocs(surveys.name)), 'score')).toMatchObject({ example: '3,6', decimalChar: ',' });
    expect(field(tableSchema(columnsOf(budget), 'machine', { key: budget.key, foreignKeys: [] }, columnDocs(budget.name)), 'amount_som')).toMatchObject({ example: '5453600', unit: 'som' });
  });

  it('declares a key with an optional column as a unique key, not a primary key (primary keys may not be null)', () => {
    const s = tableSchema(columnsOf(budget), 'machine', { key: budget.key, foreignKeys: [] }, columnDocs(budget.name));
    expect(s.primaryKey).toBeUndefined();
    expect(s.uniqueKeys).toEqual([[...budget.key]]);
  });

  it('refuses a key column that is not a column', () => {
    expect(() => tableSchema(columnsOf(surveys), 'machine', { key: ['nope'], foreignKeys: [] }, columnDocs(surveys.name))).toThrow(/nope/);
  });
});

describe('documentJson', () => {
  it('indents containers and keeps deeper ones on one line', () => {
    const text = documentJson({ a: [{ b: { c: 1 } }], d: ['x', 'y'], e: undefined }, 2);
    expect(text).toBe('{\n  "a": [\n    {"b":{"c":1}}\n  ],\n  "d": ["x","y"]\n}\n');
    expect(JSON.parse(text)).toEqual({ a: [{ b: { c: 1 } }], d: ['x', 'y'] });
  });
});
