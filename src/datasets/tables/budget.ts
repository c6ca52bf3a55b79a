import { z } from 'astro/zod';
import { defineCsv } from '../define.ts';
import { bool, oneOf, optOneOf, optText, som, sourceColumns, text, year } from '../fields.ts';
import { AMOUNT_UNITS, parseAmount, parseUnit, toSom, type AmountUnit } from '../parse.ts';
import type { Problem } from '../problems.ts';
import { BUDGET_UNIT_EXAMPLE, BUDGET_UNIT_VALUES, TOTAL_LINE_EXAMPLES } from '../vocabulary.ts';

/** The phases a budget document can be: a draft or forecast, the approved budget, an amendment, the execution report. */
export const BUDGET_PHASES = ['draft', 'approved', 'amended', 'executed'] as const;
/** Earlier data wrote `planned`: read as `draft`, with a warning to write draft or approved. */
export const PHASE_ALIASES = { planned: 'draft' } as const;
/** Categories a line may carry where a figure needs it (the equalisation grant's share of revenue). */
export const BUDGET_CATEGORIES = ['equalisation-grant', 'other-transfer', 'own-revenue'] as const;

/** Every spelling of a unit staff may type, for messages. */
export const ALLOWED_UNITS_LIST = AMOUNT_UNITS.flatMap((u) => u.spellings).join(', ');

/** The phase, the old `planned` read as `draft` (the row step warns). */
function phase() {
  const allowed = [...BUDGET_PHASES, ...Object.keys(PHASE_ALIASES)];
  return z
    .string()
    .transform((raw, ctx): (typeof BUDGET_PHASES)[number] => {
      const v = raw.trim();
      if (v === '') {
        ctx.addIssue({ code: 'custom', message: 'required', params: { code: 'required' } });
        return z.NEVER;
      }
      if (v in PHASE_ALIASES) return PHASE_ALIASES[v as keyof typeof PHASE_ALIASES];
      if (!(BUDGET_PHASES as readonly string[]).includes(v)) {
        ctx.addIssue({ code: 'custom', message: 'not-allowed', params: { code: 'not-allowed', allowed: BUDGET_PHASES.join(', ') } });
        return z.NEVER;
      }
      return v as (typeof BUDGET_PHASES)[number];
    })
    .meta({ field: { type: 'string', required: true, values: allowed } });
}

/** The unit a document prints its amounts in: som or thousand som (see vocabulary.ts for the spellings). */
function unit() {
  return z
    .string()
    .transform((raw, ctx): AmountUnit | undefined => {
      const u = parseUnit(raw);
      if (u === null) {
        ctx.addIssue({ code: 'custom', message: 'unknown-unit', params: { code: 'unknown-unit', allowed: ALLOWED_UNITS_LIST } });
        return z.NEVER;
      }
      return u;
    })
    .meta({ field: { type: 'string', required: false, values: BUDGET_UNIT_VALUES, example: BUDGET_UNIT_EXAMPLE } });
}

/**
 * Budget lines, one row per line a document prints (a council resolution, an execution report):
 * numbered lines, "of which" lines under their parent, the document's own totals. The amount is
 * kept as printed with its unit; `amount_som` is computed.
 */
export const budget = defineCsv({
  name: 'budget',
  file: 'budget.csv',
  columns: {
    year: year({ example: '2024' }),
    direction: oneOf(['revenue', 'expenditure'], {}),
    phase: phase(),
    line: text({ example: '2.1' }),
    parent: optText({ example: '2' }),
    code: optText({ example: '111010' }),
    label_ky: optText({ example: TOTAL_LINE_EXAMPLES.ky }),
    label_ru: optText({ example: TOTAL_LINE_EXAMPLES.ru }),
    label_en: optText(),
    amount: optText({ example: '5 453,6' }),
    unit: unit(),
    total: bool(),
    category: optOneOf(BUDGET_CATEGORIES),
    ...sourceColumns,
  },
  derived: {
    amount_som: som({ example: '5453600' }),
  },
  key: ['year', 'direction', 'phase', 'source_doc', 'line'],
  rowStep: budgetRowStep,
});

/** Reads the amount by its unit, computes `amount_som`, maps the `planned` alias; problems name the cell. */
export function budgetRowStep(r: Record<string, unknown>, at: { file: string; row: number; cells: Record<string, string> }): Problem[] {
  const out: Problem[] = [];
  const cell = (column: string) => at.cells[column] ?? '';
  const problem = (code: Problem['code'], severity: Problem['severity'], column: string, params: Record<string, string | number> = {}) =>
    out.push({ code, severity, file: at.file, row: at.row, column, value: cell(column), params });
  if (cell('phase').trim() in PHASE_ALIASES) problem('budget-phase-alias', 'warning', 'phase', { phase: 'draft' });
  if (!r.label_ky && !r.label_ru) problem('label-missing', 'error', 'label_ky', { columns: 'label_ky, label_ru' });
  const unitOf = r.unit as AmountUnit | undefined;
  const amount = parseAmount(cell('amount'));
  if (amount === undefined) {
    r.amount_som = undefined;
    return out;
  }
  if (amount === null) {
    problem('not-a-number', 'error', 'amount');
    return out;
  }
  if (unitOf === undefined) {
    problem('required', 'error', 'unit', { allowed: ALLOWED_UNITS_LIST });
    return out;
  }
  if (Number.isNaN(amount.value) || (unitOf === 'som' && amount.grouped)) {
    problem('amount-grouped', 'error', 'amount', { unit: cell('unit') });
    return out;
  }
  if (unitOf === 'som' && amount.decimals > 2) {
    problem('amount-decimals', 'error', 'amount');
    return out;
  }
  r.amount_som = toSom(amount.value, unitOf);
  return out;
}
