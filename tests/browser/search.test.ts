/**
 * Search over the built site in Chromium: the form of an ordinary page (which loads no script)
 * lands on the language's search page, which finds a hearing by a Kyrgyz word (with ү) and by a
 * Russian word; with JavaScript off there is no search box, only a link to the data catalogue,
 * and the search page says search needs JavaScript.
 */
import { expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { siteInBrowser } from '../helpers/browser-suite.ts';
import { DIST } from '../helpers/site.ts';

const site = siteInBrowser(DIST);

async function search(lang: string, word: string): Promise<string[]> {
  const { context, page } = await openPage(site.browser);
  const errors: string[] = [];
  const scripts: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => ['script', 'fetch', 'xhr'].includes(r.resourceType()) && scripts.push(new URL(r.url()).pathname));
  try {
    await page.goto(`${site.origin}/${lang}/`);
    expect(scripts).toEqual([]);
    await page.fill('#search-q', word);
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('#search-q', 'Enter')]);
    expect(new URL(page.url()).pathname).toBe(`/${lang}/search/`);
    await page.waitForSelector('.search-results li a', { timeout: 20_000 });
    expect(await page.inputValue('#search-q')).toBe(word);
    expect(errors).toEqual([]);
    return await page.$$eval('.search-results li a', (as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  } finally {
    await context.close();
  }
}

it('finds a hearing by a Kyrgyz word', async () => {
  const found = await search('ky', 'түзүү');
  // A hearing is a section of its year's page (issue 17).
  expect(found.some((p) => /^\/ky\/[^/]+\/hearings\/\d{4}\/$/.test(p))).toBe(true);
});

it('finds a hearing by a Russian word', async () => {
  const found = await search('ru', 'слушания');
  expect(found.some((p) => /^\/ru\/[^/]+\/hearings\//.test(p))).toBe(true);
});

it('says when nothing is found', async () => {
  const { context, page } = await openPage(site.browser);
  try {
    await page.goto(`${site.origin}/en/search/?q=qqqzzzxxx`);
    await page.waitForFunction(() => (document.querySelector('.search-status')?.textContent ?? '').includes('qqqzzzxxx'));
    expect(await page.$$('.search-results li')).toHaveLength(0);
  } finally {
    await context.close();
  }
});

it('shows a link to the catalogue instead of the search box without JavaScript', async () => {
  const { context, page } = await openPage(site.browser, { javaScriptEnabled: false });
  try {
    await page.goto(`${site.origin}/en/`);
    expect(await page.isVisible('#search-q')).toBe(false);
    expect(await page.getAttribute('.search-off a', 'href')).toBe('/en/data/');
    expect(await page.isVisible('.search-off a')).toBe(true);
    await page.goto(`${site.origin}/en/search/?q=budget`);
    expect(await page.isVisible('#search-q')).toBe(false);
    expect(await page.textContent('main')).toContain('JavaScript');
    expect(await page.isVisible('main a[href="/en/data/"]')).toBe(true);
  } finally {
    await context.close();
  }
});
