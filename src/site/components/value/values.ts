/** Display of single values: unknown shows the dictionary's "no data", never 0. */
import { formatDate, formatMoney, formatNumber, formatPercent } from '../../../i18n/format.ts';
import type { Lang } from '../../../i18n/langs.ts';

export type Kind = 'text' | 'count' | 'number' | 'money' | 'date' | 'percent';

/** Formats a value of a kind, or returns undefined when there is no value. */
export function display(lang: Lang, kind: Kind, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  switch (kind) {
    case 'count':
    case 'number':
      return formatNumber(lang, value as number);
    case 'money':
      return formatMoney(lang, value as number);
    case 'date':
      return formatDate(lang, value as string);
    case 'percent':
      return formatPercent(lang, value as number);
    default:
      return Array.isArray(value) ? value.join('; ') : String(value);
  }
}

/** Machine value for data attributes (charts read these, so they equal the table). */
export function machine(value: unknown): string | undefined {
  return typeof value === 'number' ? String(value) : undefined;
}
