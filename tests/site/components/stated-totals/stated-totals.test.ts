import { describe, expect, it } from 'vitest';
import { loadData } from '../../../../src/checks/load.ts';
import { statedTotals } from '../../../../src/figures/municipality.ts';
import { t } from '../../../../src/i18n/index.ts';
import { statedTotalsView } from '../../../../src/site/components/stated-totals/stated-totals.ts';
import { FIXTURE_DATA } from '../../../helpers/fixture.ts';

const m = loadData(FIXTURE_DATA).municipalities.find((x) => x.profile.id === 'ak-chiy-kachybek-sovetskoe')!;

describe('statedTotalsView', () => {
  const v = statedTotalsView('en', statedTotals(m, 'hearings'));

  it('shows the stated figure beside the computed sum, and flags the disagreement (449 vs 649)', () => {
    expect(v.anyMismatch).toBe(true);
    const all = v.rows.find((r) => r.id === 'hearings-all-participants')!;
    expect([all.stated, all.computed]).toEqual([449, 649]);
    expect(v.columns[4]!.get(all)).toBe('does not match');
    expect(v.columns[1]!.get(all)).toBe(t('en', 'common.participants'));
  });

  it('says in words that an agreeing total matches', () => {
    const text = v.rows.find((r) => r.id === 'hearings-text-participants')!;
    expect([text.stated, text.computed]).toEqual([649, 649]);
    expect(v.columns[4]!.get(text)).toBe('matches');
  });
});
