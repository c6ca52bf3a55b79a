/**
 * Every figure a municipality's data holds, for checking the seeds' figures against it:
 * typed values (numbers, ISO dates) and the numbers and dates written inside its texts
 * (notes, titles, "as written" cells), plus the whole text for substring matches.
 */
import type { MunicipalityData } from '../../src/datasets/load.ts';
import { parseAmountAsWritten } from '../../src/datasets/parse.ts';

export interface Figures {
  numbers: Set<number>;
  strings: Set<string>;
  /** All text of the municipality, whitespace collapsed, joined by newlines. */
  text: string;
}

/** Bookkeeping, not figures of the source: the loader's row number and our own ordering. */
const SKIP_KEYS = new Set(['_row', 'position']);

const MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];

export const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/gu, ' ').trim();

/** Numbers and dates written in a text, e.g. "5 684 800 сом", "4,0 км", "10.09.2012", "в августе 2012". */
function figuresInText(text: string, out: Figures): void {
  const t = squash(text);
  for (const m of t.matchAll(/\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?/g)) {
    out.numbers.add(Number(m[0].replace(/ /g, '').replace(',', '.')));
  }
  // Amounts with units: "12,0 тыс. сом", "2,5 млн сомов", "23, тыс. сом", "37,0 миң сом".
  for (const m of t.matchAll(/\d[\d ]*(?:[.,] ?\d*)? ?(?:тыс|млн|миң)\.? ?(?:сом\p{L}*)?/gu)) {
    const v = parseAmountAsWritten(m[0]);
    if (typeof v === 'number') out.numbers.add(v);
  }
  for (const m of t.matchAll(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})/g)) {
    out.strings.add(`${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`);
  }
  for (const m of t.matchAll(/(\p{L}+) (\d{4})/gu)) {
    const month = MONTHS.findIndex((p) => m[1]!.toLowerCase().startsWith(p) && (p !== 'ма' || /^ма[йяе]$/.test(m[1]!.toLowerCase())));
    if (month >= 0) out.strings.add(`${m[2]}-${String(month + 1).padStart(2, '0')}`);
  }
}

function walk(value: unknown, out: Figures, texts: string[]): void {
  if (typeof value === 'number') out.numbers.add(value);
  else if (typeof value === 'string') {
    out.strings.add(value);
    texts.push(squash(value));
    figuresInText(value, out);
  } else if (Array.isArray(value)) for (const v of value) walk(v, out, texts);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!SKIP_KEYS.has(k)) walk(v, out, texts);
  }
}

export function figuresOf(m: MunicipalityData): Figures {
  const out: Figures = { numbers: new Set(), strings: new Set(), text: '' };
  const texts: string[] = [];
  walk(m.profile, out, texts);
  walk(m.tables, out, texts);
  out.text = texts.join('\n');
  return out;
}
