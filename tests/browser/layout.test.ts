/**
 * Phone layout: at 360 px (and 320 px) no page scrolls sideways and no table overflows its
 * box; screenshots of key pages in ky and ru go to tests/screenshots/ for review (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { drawAllCharts, launchBrowser, openPage, serveDir, type Served } from '../helpers/browser.ts';
import { DIST, municipalityIds, pageType, samplePages } from '../helpers/site.ts';

const SHOTS = 'tests/screenshots';
const pages = samplePages(DIST);
let browser: Browser;
let site: Served;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [browser, site] = await Promise.all([launchBrowser(), serveDir(DIST)]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Elements that stick out past the right edge of the screen or of their scroll box. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const w of document.querySelectorAll<HTMLElement>('.table-wrap')) {
      if (w.scrollWidth > w.clientWidth + 1) out.push(`table ${w.querySelector('table')?.id} is ${w.scrollWidth - w.clientWidth}px too wide`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 1 && !el.closest('.table-wrap')) out.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(box.right)}px`);
    }
    return out;
  });
}

describe.each([360, 320])('nothing scrolls sideways at %i px', (width) => {
  it.each(pages)('%s', async (path) => {
    const { context, page } = await openPage(browser, { viewport: { width, height: 740 } });
    await page.goto(site.origin + path);
    expect(await overflow(page)).toEqual([]);
    await context.close();
  });
});

it('the overflow check notices a table wider than the phone', async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 360, height: 740 } });
  await page.goto(site.origin + pages.find((p) => p.includes('/initiatives/') && p.split('/').length > 5)!);
  await page.evaluate(() => {
    const cell = Object.assign(document.createElement('td'), { className: 'num', textContent: '9'.repeat(60) });
    document.querySelector('.table-wrap tbody tr')!.append(cell);
  });
  expect((await overflow(page)).join('\n')).toMatch(/too wide/);
  await context.close();
});

it('screenshots of one page of each type in ky and ru at 360×740', async () => {
  const ms = municipalityIds();
  const key = pages.filter((p) => p === '/' || p.startsWith('/ky/') || p.startsWith('/ru/'));
  for (const path of key) {
    const { context, page } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    await page.goto(site.origin + path);
    await drawAllCharts(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const name = `${path.split('/')[1] || 'root'}${pageType(path, ms).replace(/^\/:lang/, '').replace(/[/:]+/g, '-').replace(/-$/, '') || '-home'}`;
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
    await context.close();
  }
  expect(key.length).toBeGreaterThan(10);
}, 180_000);
