/** Stated totals beside the computed sums: what is summed, both figures, and whether they agree. */
import type { StatedVsComputed } from '../../../figures/municipality.ts';
import { t, type Key, type Lang } from '../../../i18n/index.ts';
import type { Column } from '../table/table.ts';

const COLUMN_NAMES: Record<string, Key> = { participants: 'common.participants', women: 'common.women', deputies: 'common.deputies', count: 'common.count' };

export function statedTotalsView(lang: Lang, totals: readonly StatedVsComputed[]) {
  const rows = totals.map(({ total, result }) => ({
    ...total,
    label: total.label_ru ?? total.id,
    what: t(lang, COLUMN_NAMES[total.column] ?? 'common.count'),
    stated: total.stated,
    computed: result.computed.value,
    missing: result.computed.missing,
    disagrees: result.disagrees,
  }));
  type R = (typeof rows)[number];
  // Whether they match, in words, and how many rows lack the value.
  const note = (r: R) => [r.disagrees ? t(lang, 'answers.totalsDiffer') : r.computed === r.stated ? t(lang, 'answers.totalsMatch') : '', r.missing ? t(lang, 'common.missingRows', { n: r.missing }) : ''].filter(Boolean).join(' ') || undefined;
  const columns: Column<R>[] = [
    { label: t(lang, 'common.title'), kind: 'text', get: (r) => r.label, dataLang: 'ru' },
    { label: t(lang, 'common.type'), kind: 'text', get: (r) => r.what },
    { label: t(lang, 'common.stated'), kind: 'count', get: (r) => r.stated },
    { label: t(lang, 'common.computed'), kind: 'count', get: (r) => r.computed },
    { label: t(lang, 'answers.totalsCheck'), kind: 'text', get: note },
  ];
  return { rows, columns, anyMismatch: rows.some((r) => r.disagrees) };
}
