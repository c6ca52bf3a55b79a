/**
 * Without JavaScript every page type shows the same tables, rows and navigation as with it
 * (charts are the only extra), and with JavaScript there are no console errors, no failed
 * requests, every chart draws, and pages without charts load no script at all (the search
 * box is a plain form; only the search page loads Pagefind).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { drawAllCharts, openPage, watch } from '../helpers/browser.ts';
import { siteInBrowser } from '../helpers/browser-suite.ts';
import { DIST, samplePages } from '../helpers/site.ts';

const pages = samplePages(DIST);
const site = siteInBrowser(DIST);

/** What a reader sees of the content: tables with their visible rows, navigation blocks and links. */
function visibleContent(page: Page) {
  return page.evaluate(() => {
    const shown = (el: Element) => (el as HTMLElement).checkVisibility?.() !== false && (el as HTMLElement).getClientRects().length > 0;
    return {
      tables: [...document.querySelectorAll('table')].map((t) => ({ id: t.id, shown: shown(t), rows: [...t.querySelectorAll('tbody tr')].filter(shown).length })),
      navs: [...document.querySelectorAll('nav')].map((n) => ({ label: n.getAttribute('aria-label'), shown: shown(n), links: [...n.querySelectorAll('a[href]')].filter(shown).length })),
      // The search box is the one planned difference: without JavaScript a link to the catalogue takes its place.
      links: [...document.querySelectorAll('a[href]')].filter((a) => shown(a) && !a.closest('.search-off')).length,
      search: { form: [...document.querySelectorAll('form[role=search]')].some(shown), fallback: [...document.querySelectorAll('.search-off a[href]')].some(shown) },
      headings: [...document.querySelectorAll('h1, h2, h3')].filter(shown).map((h) => h.textContent?.trim()),
    };
  });
}

describe('the same content with JavaScript off and on', () => {
  let off: BrowserContext;
  let on: BrowserContext;
  beforeAll(async () => {
    off = await site.browser.newContext({ javaScriptEnabled: false });
    on = await site.browser.newContext();
  });
  afterAll(async () => {
    await off?.close();
    await on?.close();
  });
  it.each(pages)('%s', async (path) => {
    const plain = await off.newPage();
    await plain.goto(site.origin + path);
    const withoutJs = await visibleContent(plain);
    await plain.close();

    // A fresh tab (nothing cached) per page, so its scripts and requests are its own.
    const page = await on.newPage();
    const trouble = watch(page);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(site.origin + path);
    const charts = await drawAllCharts(page);
    const withJs = await visibleContent(page);
    await page.close();

    expect({ ...withoutJs, search: undefined }).toEqual({ ...withJs, search: undefined });
    if (path !== '/' && path !== '/404.html') {
      expect(withoutJs.search).toEqual({ form: false, fallback: true });
      expect(withJs.search).toEqual({ form: true, fallback: false });
    }
    for (const t of withoutJs.tables) expect(t, `table ${t.id}`).toMatchObject({ shown: true });
    for (const n of withoutJs.navs) expect(n.shown && n.links > 0, `nav ${n.label}`).toBe(true);
    expect(withoutJs.links).toBeGreaterThan(0);
    if (path !== '/' && path !== '/404.html') expect(withoutJs.navs.map((n) => n.label).length).toBeGreaterThanOrEqual(1);
    expect(trouble).toEqual({ console: [], requests: [], dialogs: [] });
    // The search page is the one page without a chart that loads a script; without ?q= it loads no index.
    if (/^\/(ky|ru|en)\/search\/$/.test(path)) expect(scripts.length).toBeGreaterThan(0);
    // The 404 page loads its one script, which redirects a record's old address (issue 17; tests/browser/moved.test.ts).
    else if (path === '/404.html') expect(scripts).toHaveLength(1);
    else if (charts === 0) expect(scripts).toEqual([]);
    else expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.some((u) => u.includes('/pagefind/'))).toBe(false);
  });
});

it('the comparison notices a table that only JavaScript fills', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(site.origin + pages.find((p) => p.includes('/budget/'))!);
  const before = await visibleContent(page);
  await page.evaluate(() => document.querySelector('tbody')?.append(document.createElement('tr')));
  expect(await visibleContent(page)).not.toEqual(before);
  await context.close();
});
