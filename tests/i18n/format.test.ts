import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber, formatThousands } from '../../src/i18n/format.ts';

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting per language', () => {
  it('writes money with space-grouped thousands in ky and ru, commas in en', () => {
    expect(nb(formatMoney('ru', 5684800))).toBe('5 684 800 сом');
    expect(nb(formatMoney('ky', 5684800))).toBe('5 684 800 сом');
    expect(formatMoney('en', 5684800)).toBe('5,684,800\u00a0som');
  });
  it('writes thousands the way the sources do', () => {
    expect(nb(formatThousands('ru', 12000))).toBe('12,0 тыс. сом');
    expect(nb(formatThousands('ky', 37000))).toBe('37,0 миң сом');
  });
  it('uses a decimal comma in ky and ru', () => {
    expect(formatNumber('ru', 3.6)).toBe('3,6');
    expect(formatNumber('ky', 3.6)).toBe('3,6');
    expect(formatNumber('en', 3.6)).toBe('3.6');
  });
  it('keeps the precision of a date and names Kyrgyz and Russian months correctly', () => {
    expect(formatDate('ru', '2013-01-26')).toBe('26 января 2013 г.');
    expect(formatDate('ky', '2013-01-26')).toBe('2013-жылдын 26-январы');
    expect(formatDate('ky', '2014-06-13')).toBe('2014-жылдын 13-июну');
    expect(formatDate('ky', '2015-04-01')).toBe('2015-жылдын 1-апрели');
    expect(formatDate('ru', '2013-03')).toMatch(/^март 2013/);
    expect(formatDate('ky', '2013-12')).toBe('2013-жылдын декабры');
    expect(formatDate('en', '2015-02-17')).toBe('February 17, 2015');
  });
  it('writes a Kyrgyz date before the noun it dates as documents do, and ru/en as usual', () => {
    expect(formatDate('ky', '2013-01-26', 'of')).toBe('2013-жылдын 26-январындагы');
    expect(formatDate('ky', '2020-12-28', 'of')).toBe('2020-жылдын 28-декабрындагы');
    expect(formatDate('ky', '2015-04-01', 'of')).toBe('2015-жылдын 1-апрелиндеги');
    expect(formatDate('ky', '2014-06', 'of')).toBe('2014-жылдын июнундагы');
    // The two forms are cached apart.
    expect(formatDate('ky', '2013-01-26')).toBe('2013-жылдын 26-январы');
    expect(formatDate('ru', '2013-01-26', 'of')).toBe(formatDate('ru', '2013-01-26'));
  });
});
