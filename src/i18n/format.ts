/**
 * The one place that turns numbers, money and dates into text, per language (Intl):
 * "5 684 800 сом" in ky and ru, "5,684,800 som" in en. An unknown value is `undefined`
 * and formats as the dictionary's "no data", never as 0.
 */
import { LOCALES, type Lang } from './langs.ts';

const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(LOCALES[lang], options)));
  return f;
}

/** @example formatNumber('ru', 5684800) // "5 684 800" (with no-break spaces) */
export function formatNumber(lang: Lang, value: number, fractionDigits?: number): string {
  return nf(lang, fractionDigits === undefined ? { maximumFractionDigits: 2 } : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

const SOM: Record<Lang, string> = { ky: 'сом', ru: 'сом', en: 'som' };
const THOUSAND: Record<Lang, string> = { ky: 'миң', ru: 'тыс.', en: 'thousand' };

/** @example formatMoney('ru', 5684800) // "5 684 800 сом" */
export function formatMoney(lang: Lang, som: number): string {
  return `${formatNumber(lang, som)}\u00a0${SOM[lang]}`;
}

/** Thousands with one decimal, the way the sources write small sums. @example formatThousands('ru', 12000) // "12,0 тыс. сом" */
export function formatThousands(lang: Lang, som: number): string {
  return `${formatNumber(lang, som / 1000, 1)}\u00a0${THOUSAND[lang]}\u00a0${SOM[lang]}`;
}

/** @example formatPercent('ru', 0.123) // "12,3 %" */
export function formatPercent(lang: Lang, share: number): string {
  return nf(lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/**
 * Dates keep the source's precision: "2013-01-26" is a day, "2013-03" a month.
 * @example formatDate('ru', '2013-01-26') // "26 января 2013 г."
 * @example formatDate('ky', '2013-03') // "2013-ж., март"
 */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(date);
}
