/** Every initiative page is reachable from its contest's page, so an application that lost is never an orphan. */
import { expect, it } from 'vitest';
import { htmlFiles, pathOf, readPage } from '../helpers/site.ts';

/** Initiative pages that no page of a contest of the same language and municipality links to. */
export function orphanInitiatives(files: readonly string[], read: (file: string) => string): string[] {
  const initiative = /^([^/]+)\/([^/]+)\/initiatives\/([^/]+)\/index\.html$/;
  const linked = new Set<string>();
  for (const f of files.filter((x) => /^[^/]+\/[^/]+\/contests\/[^/]+\/index\.html$/.test(x))) {
    for (const [, h] of read(f).matchAll(/href="([^"#?]+)/g)) linked.add(h!);
  }
  return files.filter((f) => initiative.test(f)).map(pathOf).filter((p) => ![...linked].some((h) => h.endsWith(p)));
}

it('every initiative page is linked from a contest page', () => {
  const files = htmlFiles();
  expect(files.some((f) => f.includes('/initiatives/') && !f.endsWith('initiatives/index.html'))).toBe(true);
  expect(orphanInitiatives(files, (f) => readPage(f))).toEqual([]);
});

it('the check finds an initiative page its contest does not link', () => {
  const pages: Record<string, string> = {
    'ru/a/contests/c/index.html': '<a href="/ru/a/initiatives/won/">x</a>',
    'ru/a/initiatives/won/index.html': '',
    'ru/a/initiatives/lost/index.html': '',
  };
  expect(orphanInitiatives(Object.keys(pages), (f) => pages[f]!)).toEqual(['/ru/a/initiatives/lost/']);
});
