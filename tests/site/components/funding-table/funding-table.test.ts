import { describe, expect, it } from 'vitest';
import { loadData } from '../../../../src/checks/load.ts';
import { fundingCheck, fundingOf } from '../../../../src/figures/municipality.ts';
import { t } from '../../../../src/i18n/index.ts';
import { fundingView, sourceLabel } from '../../../../src/site/components/funding-table/funding-table.ts';
import { FIXTURE_DATA } from '../../../helpers/fixture.ts';

const m = loadData(FIXTURE_DATA).municipalities.find((x) => x.profile.id === 'orozbekov')!;
const rows = fundingOf(m, 'initiative', 'papa-mama-i-ya').rows;

describe('sourceLabel', () => {
  it('marks in-kind parts, except residents’ labour (in kind by its name)', () => {
    const initiator = rows.find((r) => r.source_type === 'initiator')!;
    expect(sourceLabel('en', initiator)).toBe(`${t('en', 'funding.type.initiator')} (${t('en', 'funding.inKind')})`);
    expect(sourceLabel('en', { ...initiator, source_type: 'residents_labour' })).toBe(t('en', 'funding.type.residents_labour'));
  });
});

describe('fundingView', () => {
  it('adds shares, a chart of the known amounts and the reconciliation sentence', () => {
    const v = fundingView('en', rows, fundingCheck(m, 'initiative', 'papa-mama-i-ya', undefined));
    expect(v.rows.map((r) => r.share !== undefined)).toEqual(rows.map((r) => r.amount_som !== undefined));
    expect(v.chartable).toBe(true);
    expect(v.chartSummary.split('; ')).toHaveLength(rows.filter((r) => r.amount_som !== undefined).length);
  });

  it('draws no chart of a single amount and says nothing without a check', () => {
    const v = fundingView('en', rows.slice(0, 1), undefined);
    expect(v.chartable).toBe(false);
    expect(v.checkText).toBeUndefined();
  });
});
