/**
 * The one place that turns numbers, money and dates into text, per language (Intl):
 * "5 684 800 сом" in ky and ru, "5,684,800 som" in en. An unknown value is `undefined`
 * and formats as the dictionary's "no data", never as 0.
 */
import { texts } from './index.ts';
import { LOCALES, type Lang } from './langs.ts';

// One formatter per language and style, kept: this runs for every figure of every page, so the
// key is a short name rather than the options serialised.
const numberFormats = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, style: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}${style}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(LOCALES[lang], options)));
  return f;
}

/** @example formatNumber('ru', 5684800) // "5 684 800" (with no-break spaces) */
export function formatNumber(lang: Lang, value: number, fractionDigits?: number): string {
  const f =
    fractionDigits === undefined
      ? nf(lang, '', { maximumFractionDigits: 2 })
      : nf(lang, String(fractionDigits), { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
  return f.format(value);
}


/** @example formatMoney('ru', 5684800) // "5 684 800 сом" */
export function formatMoney(lang: Lang, som: number): string {
  return `${formatNumber(lang, som)}\u00a0${texts(lang).money.som}`;
}

/** Thousands with one decimal, the way the sources write small sums. @example formatThousands('ru', 12000) // "12,0 тыс. сом" */
export function formatThousands(lang: Lang, som: number): string {
  return `${formatNumber(lang, som / 1000, 1)}\u00a0${texts(lang).money.thousand}\u00a0${texts(lang).money.som}`;
}

/** @example formatPercent('ru', 0.123) // "12,3 %" */
export function formatPercent(lang: Lang, share: number): string {
  return nf(lang, '%', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

const perLang = (options: Intl.DateTimeFormatOptions) =>
  Object.fromEntries(Object.entries(LOCALES).map(([lang, locale]) => [lang, new Intl.DateTimeFormat(locale, options)])) as Record<Lang, Intl.DateTimeFormat>;
const dayFormat = perLang({ dateStyle: 'long', timeZone: 'UTC' });
const monthFormat = perLang({ year: 'numeric', month: 'long', timeZone: 'UTC' });
const dates = new Map<string, string>();

/** Kyrgyz months in the possessive form documents use after a day: «26-январы», «12-июну». */
const KY_MONTHS = ['январы', 'февралы', 'марты', 'апрели', 'майы', 'июну', 'июлу', 'августу', 'сентябры', 'октябры', 'ноябры', 'декабры'];

/** The same months before a noun they date: «26-январындагы угуу», «12-апрелиндеги токтом». */
const KY_MONTHS_OF = ['январындагы', 'февралындагы', 'мартындагы', 'апрелиндеги', 'майындагы', 'июнундагы', 'июлундагы', 'августундагы', 'сентябрындагы', 'октябрындагы', 'ноябрындагы', 'декабрындагы'];

/** A Kyrgyz date as documents write it: «2013-жылдын 26-январы», a month «2013-жылдын марты». */
const kyDate = (y: number, m: number, d: number | undefined, of = false) => `${y}-жылдын ${d === undefined ? '' : `${d}-`}${(of ? KY_MONTHS_OF : KY_MONTHS)[m - 1]}`;

/**
 * Dates keep the source's precision: "2013-01-26" is a day, "2013-03" a month.
 * @example formatDate('ru', '2013-01-26') // "26 января 2013 г."
 * @example formatDate('ky', '2013-01-26') // "2013-жылдын 26-январы"
 * @example formatDate('ky', '2013-03') // "2013-жылдын марты"
 * `form: 'of'` is the date before the noun it dates, as Kyrgyz documents write it (ru and en
 * need no other form): «2013-жылдын 26-январындагы угуу».
 * @example formatDate('ky', '2013-01-26', 'of') // "2013-жылдын 26-январындагы"
 */
export function formatDate(lang: Lang, iso: string, form: 'alone' | 'of' = 'alone'): string {
  // A country's pages repeat the same few thousand dates; building a DateTimeFormat per call
  // was the single largest cost of a national build.
  const key = `${lang}${form}${iso}`;
  let text = dates.get(key);
  if (text === undefined) {
    const [y, m, d] = iso.split('-').map(Number);
    const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
    text = lang === 'ky' && m !== undefined ? kyDate(y!, m, d, form === 'of') : (d === undefined ? monthFormat : dayFormat)[lang].format(date);
    if (dates.size > 50_000) dates.clear();
    dates.set(key, text);
  }
  return text;
}
