/**
 * Phone layout: at 360 px (every page) and 320 px (each page type) no page scrolls sideways,
 * no table overflows its box and no text runs out of its box; screenshots of key pages in ky and ru go to tests/screenshots/ for review (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { drawAllCharts, openPage, overflow } from '../helpers/browser.ts';
import { siteInBrowser } from '../helpers/browser-suite.ts';
import { DIST, htmlFiles, municipalityIds, pageType, pathOf, samplePages } from '../helpers/site.ts';

const SHOTS = 'tests/screenshots';
const pages = samplePages(DIST);
const site = siteInBrowser(DIST);

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

// Every page on the common 360 px phone; one of each type on the narrowest (320 px).
describe.each([
  [360, htmlFiles(DIST).map(pathOf)],
  [320, pages],
])('nothing scrolls sideways at %i px', (width, paths) => {
  // One tab for the whole run: these checks only read the layout.
  let page: Page;
  beforeAll(async () => {
    page = (await openPage(site.browser, { viewport: { width, height: 740 } })).page;
  });
  afterAll(() => page?.context().close());
  it.each(paths)('%s', async (path) => {
    await page.goto(site.origin + path);
    expect(await overflow(page)).toEqual([]);
  });
});

it('the overflow check notices a table wider than the phone and a long unbroken line', async () => {
  const { context, page } = await openPage(site.browser, { viewport: { width: 360, height: 740 } });
  await page.goto(site.origin + pages.find((p) => p.includes('/contests/') && p.split('/').length > 5)!);
  await page.evaluate(() => {
    const cell = Object.assign(document.createElement('td'), { className: 'num', textContent: '9'.repeat(60) });
    // An initiative's participants table (a section of the contest page), as on its former page of its own.
    (document.querySelector('table[id^="participants-"] tbody tr') ?? document.querySelector('.table-wrap tbody tr'))!.append(cell);
  });
  expect((await overflow(page)).join('\n')).toMatch(/too wide/);
  await page.evaluate(() => {
    document.body.style.overflowWrap = 'normal';
    document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: `https://example.org/${'x'.repeat(80)}/` }));
  });
  expect((await overflow(page)).join('\n')).toMatch(/text sticks out/);
  await context.close();
});

it('screenshots of one page of each type in ky and ru at 360×740', async () => {
  const ms = municipalityIds();
  const key = pages.filter((p) => p === '/' || p.startsWith('/ky/') || p.startsWith('/ru/'));
  for (const path of key) {
    const { context, page } = await openPage(site.browser, { viewport: { width: 360, height: 740 } });
    await page.goto(site.origin + path);
    await drawAllCharts(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const name = `${path.split('/')[1] || 'root'}${pageType(path, ms).replace(/^\/:lang/, '').replace(/[/:]+/g, '-').replace(/-$/, '') || '-home'}`;
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
    await context.close();
  }
  expect(key.length).toBeGreaterThan(10);
}, 180_000);
