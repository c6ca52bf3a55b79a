/**
 * The set-up every browser test file shares: Chromium and a static server for a built site,
 * started before the file's tests (together, as both take a while) and closed after them.
 * @example
 * const site = siteInBrowser(DIST);
 * it('opens', async () => { const { page } = await openPage(site.browser); await page.goto(site.origin + '/'); });
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveDir, type Served } from './browser.ts';

export interface SiteInBrowser {
  readonly browser: Browser;
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  readonly origin: string;
}

/**
 * Registers the file's hooks and returns the browser and the served site, usable inside tests
 * and hooks. `dir` is the built site, or a function that makes it first (e.g. a build of
 * hostile data) and returns its folder. `notFoundPage`: missing paths get the site's 404.html.
 */
export function siteInBrowser(dir: string | (() => string | Promise<string>), options: { notFoundPage?: boolean } = {}): SiteInBrowser {
  let browser: Browser | undefined;
  let served: Served | undefined;
  beforeAll(async () => {
    const root = typeof dir === 'string' ? dir : await dir();
    [browser, served] = await Promise.all([launchBrowser(), serveDir(root, options)]);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser and the site start in beforeAll: use them inside a test or a hook');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get origin() {
      return started(served).origin;
    },
  };
}
