/**
 * Accessibility in Chromium: axe (WCAG 2.2 AA) on one page of each type in ky, ru and en, on a
 * phone and a desktop screen; and the keyboard: skip link first, then the header with the
 * language switch, every link in document order, each with a visible focus outline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { keyboardProblems } from '../helpers/keyboard.ts';
import { openPage } from '../helpers/browser.ts';
import { siteInBrowser } from '../helpers/browser-suite.ts';
import { DIST, samplePages } from '../helpers/site.ts';

const pages = samplePages(DIST);
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const site = siteInBrowser(DIST);

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
])('axe finds no WCAG 2.2 AA violation (%s)', (_, viewport) => {
  // One tab per screen size: each check loads a fresh page into it.
  let page: Page;
  beforeAll(async () => {
    page = (await openPage(site.browser, { viewport, bypassCSP: true })).page;
  });
  afterAll(() => page?.context().close());
  it.each(pages)('%s', async (path) => {
    await page.goto(site.origin + path);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('keyboard: skip link first, language switch before the content, every link reachable with visible focus', () => {
  let page: Page;
  beforeAll(async () => {
    page = (await openPage(site.browser, { viewport: DESKTOP })).page;
  });
  afterAll(() => page?.context().close());
  it.each(pages)('%s', async (path) => {
    await page.goto(site.origin + path);
    expect(await keyboardProblems(page)).toEqual([]);
  });
});

it('axe reports a page broken on purpose: image without alt, unlabelled field, low contrast', async () => {
  const { context, page } = await openPage(site.browser, { bypassCSP: true });
  await page.goto(site.origin + pages[0]);
  await page.evaluate(() => {
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="data:," width="20" height="20"><input type="text"><p style="color:#ddd;background:#fff">faint</p>');
  });
  const found = (await axeViolations(page)).join('\n');
  expect(found).toMatch(/^image-alt:/m);
  expect(found).toMatch(/^label:/m);
  expect(found).toMatch(/^color-contrast:/m);
  await context.close();
});

it('the keyboard check reports hidden focus, a jumbled order and a broken skip link', async () => {
  const { context, page } = await openPage(site.browser, { viewport: DESKTOP });
  await page.goto(site.origin + pages.find((p) => p.split('/').length > 4)!);
  // The policy blocks added <style> elements; a constructed sheet comes from script, which it allows.
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('main a:focus-visible { outline: none !important; }');
    document.adoptedStyleSheets = [sheet];
    document.querySelector('main a')?.setAttribute('tabindex', '1');
    document.getElementById('main')?.removeAttribute('id');
  });
  const problems = (await keyboardProblems(page)).join('\n');
  expect(problems).toMatch(/no visible focus outline/);
  expect(problems).toMatch(/the skip link is not the first stop/);
  expect(problems).toMatch(/expected element 0 in document order/);
  expect(problems).toMatch(/the skip link does not move focus to the content/);
  await context.close();
});
