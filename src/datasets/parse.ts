/**
 * Reading numbers and dates the way municipal staff write them in a Russian-locale
 * spreadsheet. Each parser returns `undefined` for an empty cell (unknown, never 0)
 * and `null` for a value it cannot read, so the caller can report the cell.
 */
import { DATE_SUFFIX, SCALE_WORDS, SOM_WORD, UNIT_SPELLINGS } from './vocabulary.ts';

/** Spaces Excel and Word put between thousands: plain, no-break, narrow no-break. */
const GROUP = '[ \\u00A0\\u202F]';
const NUMBER = new RegExp(`^[-−]?(?:\\d{1,3}(?:${GROUP}\\d{3})+|\\d+)(?:[.,]\\d+)?$`);
const GROUPS = new RegExp(GROUP, 'g');

/**
 * @example parseNumber('5 684 800') // 5684800
 * @example parseNumber('-1 500,50') // -1500.5
 * @example parseNumber('') // undefined
 * @example parseNumber('12,0 som') // null
 */
export function parseNumber(raw: string): number | undefined | null {
  const text = raw.trim();
  if (text === '') return undefined;
  if (!NUMBER.test(text)) return null;
  const normal = text.replace(GROUPS, '').replace('−', '-').replace(',', '.');
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

/** A date with the precision the source gives: a day ("2013-01-26") or a month ("2013-03"). */
export type IsoDate = string;

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * @example parseDate('26.01.2013') // '2013-01-26'
 * @example parseDate('2013-03') // '2013-03'
 * @example parseDate('31.02.2013') // null
 */
export function parseDate(raw: string): IsoDate | undefined | null {
  const text = raw.trim().replace(DATE_SUFFIX, '');
  if (text === '') return undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) ?? null;
  let y: number, mo: number, d: number | undefined;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text))) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{4})-(\d{2})$/.exec(text))) [y, mo] = [Number(m[1]), Number(m[2])];
  else if ((m = /^(\d{1,2})\.(\d{4})$/.exec(text))) [mo, y] = [Number(m[1]), Number(m[2])];
  else return null;
  if (mo < 1 || mo > 12 || y < 1900 || y > 2100) return null;
  if (d === undefined) return `${y}-${pad(mo)}`;
  return validDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}

/** The year of an ISO date of either precision. */
export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

const SCALE = SCALE_WORDS;

/**
 * Reads an amount as the source documents print it, units and all, into som.
 * Sources are irregular (spaces after the comma, no space before the unit, the Kyrgyz word for
 * thousand, millions: SCALE_WORDS in vocabulary.ts); a comma with no digit after it ("23,") is
 * read as "23". Examples in tests/datasets/amount.test.ts.
 * @example parseAmountAsWritten('5 684 800 som') // 5684800
 */
export function parseAmountAsWritten(raw: string): number | undefined | null {
  const text = raw.trim().toLowerCase();
  if (text === '') return undefined;
  const m = new RegExp(`^([-−]?\\d[\\d${GROUP.slice(1, -1)}]*)(?:[.,]${GROUP}?(\\d*))?${GROUP}*(.*)$`, 'u').exec(text);
  if (!m) return null;
  const whole = m[1]!.replace(new RegExp(GROUP, 'g'), '');
  const fraction = m[2] ?? '';
  let rest = (m[3] ?? '').trim();
  let factor = 1;
  for (const [unit, f] of SCALE) {
    const u = unit.exec(rest);
    if (u) {
      factor = f;
      rest = rest.slice(u[0].length).trim();
      break;
    }
  }
  if (rest !== '' && !SOM_WORD.test(rest)) return null;
  const value = Number(`${whole.replace('−', '-')}.${fraction || '0'}`) * factor;
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : null;
}

/** The units budget documents print amounts in, as staff may type them, and their factor to som. */
export const AMOUNT_UNITS: ReadonlyArray<{ spellings: readonly string[]; unit: AmountUnit; factor: number }> = [
  { spellings: UNIT_SPELLINGS.som, unit: 'som', factor: 1 },
  { spellings: UNIT_SPELLINGS.thousand, unit: 'thousand', factor: 1000 },
];
export type AmountUnit = 'som' | 'thousand';

/** @example parseUnit(' Thousand  SOM ') // 'thousand' */
export function parseUnit(raw: string): AmountUnit | undefined | null {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return undefined;
  return AMOUNT_UNITS.find((u) => u.spellings.includes(text))?.unit ?? null;
}

export interface Amount {
  /** The number as printed, in the document's unit. */
  value: number;
  /** Digits after the decimal mark, as printed. */
  decimals: number;
}

/**
 * An amount as a document prints it: spaces between thousands, one decimal mark. A dot or comma
 * followed by exactly three digits ("1.234", "1,234") may be a thousands separator or a decimal
 * mark; `grouped` says so, and the caller decides by the unit.
 * @example parseAmount('5 453,6') // { value: 5453.6, decimals: 1 }
 */
export function parseAmount(raw: string): (Amount & { grouped: boolean }) | undefined | null {
  const text = raw.trim();
  if (text === '') return undefined;
  // "1.234.567,89", "1,234,567": grouped with marks, never a plain number.
  if (/^[-−]?\d{1,3}(?:[.,]\d{3}){2,}(?:[.,]\d+)?$/.test(text) || /^[-−]?\d{1,3}(?:\.\d{3})+,\d+$|^[-−]?\d{1,3}(?:,\d{3})+\.\d+$/.test(text)) {
    return { value: NaN, decimals: 0, grouped: true };
  }
  const value = parseNumber(text);
  if (value === undefined || value === null) return value;
  const decimals = /[.,](\d+)$/.exec(text)?.[1]?.length ?? 0;
  return { value, decimals, grouped: /^[-−]?\d{1,3}[.,]\d{3}$/.test(text) };
}

/** An amount in som, exact to the tyiyn: 5453,6 thousand som is 5 453 600 som, not 5 453 599,999…. */
export function toSom(amount: number, unit: AmountUnit): number {
  const factor = AMOUNT_UNITS.find((u) => u.unit === unit)!.factor;
  return Math.round(amount * factor * 100) / 100;
}
