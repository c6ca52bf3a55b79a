/** Funding by source: labels (in-kind marked), shares, the chart's text summary and how the total reconciles. */
import { fundingShares, type FundingCheck } from '../../../figures/funding.ts';
import type { Row } from '../../../figures/municipality.ts';
import { formatMoney } from '../../../i18n/format.ts';
import { t, type Key, type Lang } from '../../../i18n/index.ts';
import type { Column } from '../table/table.ts';

/** Residents' labour is in kind by its name; other in-kind parts (an initiator's work) say so. */
export const sourceLabel = (lang: Lang, r: Row<'funding'>) =>
  `${t(lang, `funding.type.${r.source_type}` as Key)}${r.in_kind && r.source_type !== 'residents_labour' ? ` (${t(lang, 'funding.inKind')})` : ''}`;

type Shared = Row<'funding'> & { share: number | undefined };

const CHECK_KEYS: Partial<Record<FundingCheck['matches'], Key>> = { cash: 'funding.matchesCash', 'with-in-kind': 'funding.matchesInKind', none: 'funding.matchesNone' };

export function fundingView(lang: Lang, rows: readonly Row<'funding'>[], check: FundingCheck | undefined) {
  const columns: Column<Shared>[] = [
    { label: t(lang, 'funding.source'), kind: 'text', get: (r) => sourceLabel(lang, r) },
    { label: t(lang, 'common.sourceText'), kind: 'text', get: (r) => [r.source_name_ru, r.amount_as_written].filter(Boolean).join(': ') || undefined, dataLang: 'ru' },
    { label: t(lang, 'common.amount'), kind: 'money', get: (r) => r.amount_som, series: true },
    { label: t(lang, 'common.share'), kind: 'percent', get: (r) => r.share },
    { label: t(lang, 'funding.purpose'), kind: 'text', get: (r) => r.purpose_ru, dataLang: 'ru' },
  ];
  const withShares = fundingShares(rows);
  const known = withShares.filter((r) => r.amount_som !== undefined);
  const checkKey = check ? CHECK_KEYS[check.matches] : undefined;
  return {
    columns,
    rows: withShares,
    // A doughnut of one slice says nothing.
    chartable: known.length > 1,
    chartSummary: known.map((r) => `${sourceLabel(lang, r)}: ${formatMoney(lang, r.amount_som!)}`).join('; '),
    checkText: checkKey && t(lang, checkKey),
  };
}
