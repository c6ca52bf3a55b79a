/** Figures and dates written the way the sources write them. */
import type { Random } from './random.ts';

const pad = (n: number) => String(n).padStart(2, '0');

export const isoDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
export const ruDate = (y: number, m: number, d: number) => `${pad(d)}.${pad(m)}.${y}`;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A valid day in month `m` of year `y` (leap years included). */
export function dayIn(rng: Random, y: number, m: number): number {
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return rng.int(1, DAYS[m - 1]! + (leap ? 1 : 0));
}

/** "5 684 800": groups of three with a space. */
export function grouped(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/**
 * An amount as a document writes it, readable back to the same som by
 * parseAmountAsWritten: "150 000 сом", "150,0 тыс. сом", "37,5 миң сом", "2,5 млн сомов".
 * Amounts are rounded to 100 som first so the thousands forms are exact.
 */
export function asWritten(rng: Random, som: number): string {
  const thousands = som / 1000;
  const oneDecimal = (x: number) => x.toFixed(1).replace('.', ',');
  const forms = [`${grouped(som)} сом`, `${grouped(som)} сомов`];
  if (Number.isInteger(som / 100)) forms.push(`${oneDecimal(thousands)} тыс. сом`, `${oneDecimal(thousands)} миң сом`);
  if (som >= 1_000_000 && Number.isInteger(som / 100_000)) forms.push(`${oneDecimal(som / 1_000_000)} млн сомов`);
  return rng.pick(forms);
}

export const round = (value: number, step: number) => Math.max(step, Math.round(value / step) * step);
