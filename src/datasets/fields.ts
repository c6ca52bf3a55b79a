/**
 * Column types for CSV datasets. The CSV reader yields only strings; each field here is a
 * zod schema that turns one cell into a typed value or reports a catalogued problem code
 * (see problems.ts), so messages stay in one place. Every field carries metadata (`type`,
 * unit, allowed values) used for the Data Package and the staff templates; what a column
 * means is text, per language, in src/i18n/<lang>/datasets.ts.
 */
import { z } from 'astro/zod';
import { isId } from './ids.ts';
import { parseDate, parseNumber, type IsoDate } from './parse.ts';
import type { ProblemCode } from './problems.ts';
import { EXAMPLES, NO_WORDS, YES_WORDS } from './vocabulary.ts';

export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'boolean' | 'list';

export interface FieldMeta {
  type: FieldType;
  required: boolean;
  /** Allowed values of an enumerated column. */
  values?: readonly string[];
  /** Unit of a numeric column, e.g. "som", "people". */
  unit?: string;
  example?: string;
  min?: number;
  max?: number;
}

type Ctx = z.core.$RefinementCtx<string>;

function fail(ctx: Ctx, code: ProblemCode, params: Record<string, string | number> = {}): never {
  ctx.addIssue({ code: 'custom', message: code, params: { code, ...params } });
  return z.NEVER as never;
}

const describe = <T extends z.ZodType>(schema: T, meta: FieldMeta) => schema.meta({ field: meta });

interface Doc {
  /** A machine example value ("2014", "26 304"): the README and the Data Package show it. */
  example?: string;
}

/** Text; `required` text may not be empty. Whitespace around is trimmed. */
export function text(doc: Doc = {}) {
  return describe(
    z.string().transform((raw, ctx) => {
      const v = raw.trim();
      return v === '' ? fail(ctx, 'required') : v;
    }),
    { type: 'string', required: true, ...doc },
  );
}

export function optText(doc: Doc = {}) {
  return describe(
    z.string().transform((raw) => raw.trim() || undefined),
    { type: 'string', required: false, ...doc },
  );
}

/** A stable id for URLs: lower-case Latin, digits, hyphens. */
export function id(doc: Doc = {}) {
  return describe(
    z.string().transform((raw, ctx) => {
      const v = raw.trim();
      if (v === '') return fail(ctx, 'required');
      return isId(v) ? v : fail(ctx, 'bad-id');
    }),
    { type: 'string', required: true, ...doc },
  );
}

export function optId(doc: Doc = {}) {
  return describe(
    z.string().transform((raw, ctx) => {
      const v = raw.trim();
      if (v === '') return undefined;
      return isId(v) ? v : fail(ctx, 'bad-id');
    }),
    { type: 'string', required: false, ...doc },
  );
}

interface NumDoc extends Doc {
  integer?: boolean;
  min?: number;
  max?: number;
  unit?: string;
}

function numberCell(raw: string, ctx: Ctx, o: NumDoc): number | undefined {
  const v = parseNumber(raw);
  if (v === undefined) return undefined;
  if (v === null) return fail(ctx, 'not-a-number');
  if (o.integer && !Number.isInteger(v)) return fail(ctx, 'not-an-integer');
  const min = o.min ?? -Infinity;
  const max = o.max ?? Infinity;
  if (v < min || v > max) return fail(ctx, 'out-of-range', { min: String(min), max: String(max) });
  return v;
}

const numMeta = (o: NumDoc, required: boolean): FieldMeta => ({
  type: o.integer ? 'integer' : 'number',
  required,
  ...(o.example !== undefined && { example: o.example }),
  ...(o.unit !== undefined && { unit: o.unit }),
  ...(o.min !== undefined && { min: o.min }),
  ...(o.max !== undefined && { max: o.max }),
});

/** A required number: "5 684 800", "12,0", "-1 500,50". */
export function num(o: NumDoc = {}) {
  return describe(
    z.string().transform((raw, ctx) => numberCell(raw, ctx, o) ?? fail(ctx, 'required')),
    numMeta(o, true),
  );
}

/** An optional number: an empty cell is `undefined` (no data), never 0. */
export function optNum(o: NumDoc = {}) {
  return describe(
    z.string().transform((raw, ctx) => numberCell(raw, ctx, o)),
    numMeta(o, false),
  );
}

/** A count of people: a non-negative whole number, optional. */
export const count = (doc: Doc = {}) => optNum({ ...doc, integer: true, min: 0, unit: 'people' });

/** A count of things (applications, events, villages, votes): a whole number with no unit of people. */
export const tally = (doc: Doc = {}) => optNum({ ...doc, integer: true, min: 0 });

/** Money in som, optional. */
export const som = (doc: Doc = {}) => optNum({ ...doc, min: -1e13, max: 1e13, unit: 'som' });

export const year = (doc: Doc = {}) => num({ ...doc, integer: true, min: 1991, max: 2100 });
export const optYear = (doc: Doc = {}) => optNum({ ...doc, integer: true, min: 1991, max: 2100 });

function dateCell(raw: string, ctx: Ctx): IsoDate | undefined {
  const v = parseDate(raw);
  return v === null ? fail(ctx, 'not-a-date') : v;
}

export function date(doc: Doc = {}) {
  return describe(
    z.string().transform((raw, ctx) => dateCell(raw, ctx) ?? fail(ctx, 'required')),
    { type: 'date', required: true, ...doc },
  );
}

export function optDate(doc: Doc = {}) {
  return describe(
    z.string().transform((raw, ctx) => dateCell(raw, ctx)),
    { type: 'date', required: false, ...doc },
  );
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T, doc: Doc = {}) {
  return describe(
    z.string().transform((raw, ctx): T[number] => {
      const v = raw.trim();
      if (v === '') return fail(ctx, 'required');
      return (values as readonly string[]).includes(v) ? (v as T[number]) : fail(ctx, 'not-allowed', { allowed: values.join(', ') });
    }),
    { type: 'string', required: true, values, ...doc },
  );
}

/** One of a few values, or empty (no data). */
export function optOneOf<const T extends readonly [string, ...string[]]>(values: T, doc: Doc = {}) {
  return describe(
    z.string().transform((raw, ctx): T[number] | undefined => {
      const v = raw.trim();
      if (v === '') return undefined;
      return (values as readonly string[]).includes(v) ? (v as T[number]) : fail(ctx, 'not-allowed', { allowed: values.join(', ') });
    }),
    { type: 'string', required: false, values, ...doc },
  );
}

const YES = YES_WORDS;
const NO = NO_WORDS;

/** Yes/no; empty means "no" only where the column says so (e.g. consent). */
export function bool(doc: Doc = {}) {
  return describe(
    z.string().transform((raw, ctx) => {
      const v = raw.trim().toLowerCase();
      if (v === '' || NO.includes(v)) return false;
      return YES.includes(v) ? true : fail(ctx, 'not-a-boolean');
    }),
    { type: 'boolean', required: false, ...doc },
  );
}

/** Several ids in one cell, separated by "|" (commas are taken by Russian decimals). */
export function idList(doc: Doc = {}) {
  return describe(
    z.string().transform((raw, ctx) => {
      const items = raw.split('|').map((x) => x.trim()).filter(Boolean);
      return items.every(isId) ? items : fail(ctx, 'bad-id');
    }),
    { type: 'list', required: false, ...doc },
  );
}

/** Several texts in one cell, separated by "|". */
export function textList(doc: Doc = {}) {
  return describe(
    z.string().transform((raw) => raw.split('|').map((x) => x.trim()).filter(Boolean)),
    { type: 'list', required: false, ...doc },
  );
}

/** The field metadata of a column schema (set by the builders above). */
export function fieldMeta(schema: z.ZodType): FieldMeta {
  const meta = schema.meta() as { field?: FieldMeta } | undefined;
  if (!meta?.field) throw new Error('column schema without field metadata');
  return meta.field;
}

/** Columns every record carries: where the figure came from. */
export const sourceColumns = {
  source_doc: optId({ example: 'seed-002' }),
  source_section: optText({ example: EXAMPLES.sourceSection }),
  note: optText(),
};

