/** Page links of a list split over pages: page 1 is the list's own address, page n is <address>/n/. */
import type { Lang } from '../../../i18n/langs.ts';
import { href } from '../../routing/routes.ts';

/** The address of page `n`; pages after the first open at the list (`fragment`). */
export const pageHref = (lang: Lang, route: ReadonlyArray<string | number>, n: number, fragment?: string) =>
  `${href(lang, ...route, ...(n === 1 ? [] : [n]))}${fragment && n > 1 ? `#${fragment}` : ''}`;

export interface PagerLinks {
  prev: string | undefined;
  next: string | undefined;
  pages: Array<{ n: number; href: string; current: boolean }>;
}

/** Nothing to show for a single page. */
export function pagerLinks(lang: Lang, route: ReadonlyArray<string | number>, current: number, last: number, fragment?: string): PagerLinks | undefined {
  if (last <= 1) return undefined;
  const at = (n: number) => pageHref(lang, route, n, fragment);
  return {
    prev: current > 1 ? at(current - 1) : undefined,
    next: current < last ? at(current + 1) : undefined,
    pages: Array.from({ length: last }, (_, i) => ({ n: i + 1, href: at(i + 1), current: i + 1 === current })),
  };
}
