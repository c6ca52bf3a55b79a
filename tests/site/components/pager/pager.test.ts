import { describe, expect, it } from 'vitest';
import { pageHref, pagerLinks } from '../../../../src/site/components/pager/pager.ts';

describe('pagerLinks', () => {
  it('shows nothing for one page', () => {
    expect(pagerLinks('ru', ['data', 'budget'], 1, 1)).toBeUndefined();
  });

  it('links page 1 to the list itself and later pages to <list>/n/ at the list', () => {
    expect(pageHref('ru', ['data', 'budget'], 1, 'list')).toBe('/ru/data/budget/');
    expect(pageHref('ru', ['data', 'budget'], 3, 'list')).toBe('/ru/data/budget/3/#list');
  });

  it('has previous and next only where they exist, and marks the current page', () => {
    const first = pagerLinks('en', ['data', 'budget'], 1, 3)!;
    expect(first.prev).toBeUndefined();
    expect(first.next).toBe('/en/data/budget/2/');
    const last = pagerLinks('en', ['data', 'budget'], 3, 3)!;
    expect(last.next).toBeUndefined();
    expect(last.prev).toBe('/en/data/budget/2/');
    expect(last.pages.map((p) => [p.n, p.current])).toEqual([[1, false], [2, false], [3, true]]);
  });
});
