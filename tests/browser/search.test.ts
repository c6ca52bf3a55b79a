/**
 * Search over the built site in Chromium: a hearing is found by a Kyrgyz word (with ү) on a
 * Kyrgyz page and by a Russian word on a Russian page; with JavaScript off there is no search
 * box, only a link to the data catalogue.
 */
import { expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { siteInBrowser } from '../helpers/browser-suite.ts';
import { DIST } from '../helpers/site.ts';

const site = siteInBrowser(DIST);

async function search(lang: string, word: string): Promise<string[]> {
  const { context, page } = await openPage(site.browser);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    await page.goto(`${site.origin}/${lang}/`);
    await page.fill('#search-q', word);
    await page.waitForSelector('.search-results li a', { timeout: 20_000 });
    expect(errors).toEqual([]);
    return await page.$$eval('.search-results li a', (as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  } finally {
    await context.close();
  }
}

it('finds a hearing by a Kyrgyz word', async () => {
  const found = await search('ky', 'түзүү');
  expect(found.some((p) => /^\/ky\/[^/]+\/hearings\/obs-/.test(p))).toBe(true);
});

it('finds a hearing by a Russian word', async () => {
  const found = await search('ru', 'слушания');
  expect(found.some((p) => /^\/ru\/[^/]+\/hearings\//.test(p))).toBe(true);
});

it('shows a link to the catalogue instead of the search box without JavaScript', async () => {
  const { context, page } = await openPage(site.browser, { javaScriptEnabled: false });
  try {
    await page.goto(`${site.origin}/en/`);
    expect(await page.isVisible('#search-q')).toBe(false);
    expect(await page.getAttribute('.search-off', 'href')).toBe('/en/data/');
  } finally {
    await context.close();
  }
});
