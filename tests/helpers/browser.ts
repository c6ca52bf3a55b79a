/**
 * Real-browser helpers: Debian's Chromium driven by playwright-core, and a tiny static server
 * for a built site (the same files a static host would serve; no dev server, no rewrites).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Quiet, offline, sandbox-free Chromium (CI containers run as root without user namespaces). */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.zip': 'application/zip',
};

export interface Served {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves `dir` on 127.0.0.1 at a free port: `/x/` → `x/index.html`, anything missing → 404.
 * `notFoundPage`: a missing path gets the site's 404.html (status 404), as static hosts serve it.
 */
export async function serveDir(dir: string, { notFoundPage = false }: { notFoundPage?: boolean } = {}): Promise<Served> {
  const root = normalize(dir + sep);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = '';
    else if (path.endsWith('/')) file = join(file, 'index.html');
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      const page = join(root, '404.html');
      if (notFoundPage && existsSync(page)) {
        res.writeHead(404, { 'content-type': TYPES['.html']! });
        createReadStream(page).pipe(res);
      } else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What went wrong while a page was open: console errors, page errors, failed or 4xx/5xx requests, dialogs. */
export interface Trouble {
  console: string[];
  requests: string[];
  dialogs: string[];
}

/** Records a page's trouble from now on; dialogs are dismissed so a payload cannot block the page. */
export function watch(page: Page): Trouble {
  const trouble: Trouble = { console: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') trouble.console.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => trouble.console.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => trouble.requests.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) trouble.requests.push(`${r.url()} ${r.status()}`);
  });
  page.on('dialog', (d) => {
    trouble.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return trouble;
}

/** A page in its own context (so options such as `javaScriptEnabled` do not leak). */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  return { context, page };
}

/** Scrolls through the page so every chart figure meets the viewport, then waits for all to be drawn. */
export async function drawAllCharts(page: Page): Promise<number> {
  const count = await page.locator('figure[data-chart]').count();
  for (let i = 0; i < count; i++) {
    const figure = page.locator('figure[data-chart]').nth(i);
    await figure.scrollIntoViewIfNeeded();
    await figure.and(page.locator('[data-drawn="true"]')).waitFor({ state: 'attached', timeout: 15_000 });
  }
  return count;
}

/** Elements that stick out past the right edge of the screen or of their scroll box. */
export function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const w of document.querySelectorAll<HTMLElement>('.table-wrap')) {
      if (w.scrollWidth > w.clientWidth + 1) out.push(`table ${w.querySelector('table')?.id} is ${w.scrollWidth - w.clientWidth}px too wide`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      if (el.closest('.table-wrap')) continue;
      const box = el.getBoundingClientRect();
      const what = `${el.tagName.toLowerCase()}.${el.className} «${(el.textContent ?? '').trim().slice(0, 40)}»`;
      if (box.width > 0 && box.right > width + 1) out.push(`${what} ends at ${Math.round(box.right)}px`);
      // Text running out of its box (a long URL in a paragraph) does not widen the box itself.
      else if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible') out.push(`${what}: text sticks out by ${el.scrollWidth - el.clientWidth}px`);
    }
    return out;
  });
}
