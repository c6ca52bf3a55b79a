/**
 * Hostile data text: a copy of data/ with script payloads in text fields that reach titles,
 * links, attributes, footnotes, tables and chart labels is built once, served and opened in
 * Chromium. No dialog may open, no script may be added, and every payload must read literally.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AK_CHIY, OROZBEKOV, copyData, removeCopies, setCell } from '../helpers/data-copy.ts';
import { drawAllCharts, openPage, serveDir, watch } from '../helpers/browser.ts';
import { siteInBrowser } from '../helpers/browser-suite.ts';
import { brokenLinks, tags, validateHtml } from '../helpers/html.ts';
import { cspProblems, injectionProblems } from '../helpers/security.ts';
import { buildInto } from '../helpers/build.ts';
import { htmlFiles, readPage } from '../helpers/site.ts';

const P = {
  script: '<script>alert(1)</script>',
  attr: '"><img src=x onerror=alert(1)>',
  close: '</script><script>alert(1)//',
  url: 'javascript:alert(1)',
  separators: 'строка\u2028разрыв\u2029абзац',
};
const INITIATIVE = 'papa-mama-i-ya';
/** The initiative is a section of its contest's page (issue 17). */
const CONTEST = 'mi-1';
const outDir = mkdtempSync(join(tmpdir(), 'kg-xss-dist-'));
let dataDir: string;

function plant(dir: string): void {
  const ini = `${OROZBEKOV}/initiatives.csv`;
  setCell(dir, ini, 2, 'title_ru', `«Папа» ${P.script}`);
  setCell(dir, ini, 2, 'goal_ru', P.attr);
  setCell(dir, ini, 2, 'results_ru', P.close);
  setCell(dir, ini, 2, 'note', P.url);
  setCell(dir, ini, 2, 'participants_note', P.separators);
  setCell(dir, `${OROZBEKOV}/contests.csv`, 2, 'title_ru', P.url);
  setCell(dir, `${OROZBEKOV}/funding.csv`, 2, 'purpose_ru', P.script);
  setCell(dir, `${AK_CHIY}/budget.csv`, 2, 'label_ru', P.attr);
  const profile = join(dir, OROZBEKOV, 'municipality.json');
  const m = JSON.parse(readFileSync(profile, 'utf8'));
  m.name.ru = `Орозбек ${P.close}`;
  writeFileSync(profile, JSON.stringify(m, null, 2));
  const sourcesFile = join(dir, 'sources.json');
  const sources = JSON.parse(readFileSync(sourcesFile, 'utf8'));
  sources[0].title_ru = P.attr;
  writeFileSync(sourcesFile, JSON.stringify(sources, null, 2));
}

// The hostile copy is built before the browser opens it.
const site = siteInBrowser(() => {
  dataDir = copyData();
  plant(dataDir);
  buildInto(outDir, { DATA_DIR: dataDir });
  return outDir;
});
afterAll(() => {
  removeCopies();
  rmSync(outDir, { recursive: true, force: true });
});

describe('built pages stay free of injections', () => {
  it('the payloads reached the output, escaped', () => {
    const html = readPage(`ru/orozbekov/contests/${CONTEST}/index.html`, outDir);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    const elements = tags(html);
    expect(elements.filter((t) => t.name === 'img')).toEqual([]);
    const scripts = elements.filter((t) => t.name === 'script' && t.attrs.get('type') !== 'application/ld+json');
    expect(scripts.map((t) => t.attrs.get('src'))).toEqual([expect.stringMatching(/^\/_astro\/[\w.-]+\.js$/)]);
  });

  it('every page has its policy, no injected markup, valid HTML and no broken link', async () => {
    const files = htmlFiles(outDir);
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const html = readPage(f, outDir);
      expect([...cspProblems(html), ...injectionProblems(html)], f).toEqual([]);
      expect(await validateHtml(html, f), f).toEqual([]);
    }
    expect(brokenLinks(outDir)).toEqual([]);
  });

  it('JSON-LD blocks stay JSON: no "<" left to close the script element, the payload intact once parsed', () => {
    const blocks = htmlFiles(outDir).flatMap((f) => tags(readPage(f, outDir)).filter((t) => t.name === 'script' && t.attrs.get('type') === 'application/ld+json'));
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) expect(b.text).not.toMatch(/[<>]/);
    const parsed = blocks.map((b) => JSON.stringify(JSON.parse(b.text!)));
    expect(parsed.some((j) => j.includes(JSON.stringify(`Орозбек ${P.close}`).slice(1, -1)))).toBe(true);
  });
});

describe('in Chromium no payload runs and each reads literally', () => {
  const visits: Array<[string, string[]]> = [
    [`/ru/orozbekov/contests/${CONTEST}/#${INITIATIVE}`, [P.script, P.attr, P.close, P.url, P.separators]],
    [`/ky/orozbekov/contests/${CONTEST}/#${INITIATIVE}`, [P.script, P.attr, P.close, P.url, P.separators]],
    ['/ru/orozbekov/initiatives/', [P.script]],
    ['/ru/', [P.close]],
    ['/ru/data/', []], // the name is in its JSON-LD only (checked above)
    ['/ky/ak-chiy-kachybek-sovetskoe/budget/2014/', [P.attr]],
  ];
  it.each(visits)('%s', async (path, payloads) => {
    const { context, page } = await openPage(site.browser);
    const trouble = watch(page);
    await page.goto(site.origin + path);
    await drawAllCharts(page);
    const seen = await page.evaluate(() => ({
      text: document.body.textContent ?? '',
      title: document.title,
      attrs: [...document.querySelectorAll('[title], [aria-label], figure[data-values]')].map((e) => `${e.getAttribute('title')} ${e.getAttribute('aria-label')} ${e.getAttribute('data-values')}`).join('\n'),
      scripts: [...document.scripts].map((s) => s.src || s.type || 'inline'),
      images: document.images.length,
      links: [...document.links].map((a) => a.protocol),
    }));
    for (const p of payloads) expect(`${seen.title}\n${seen.text}`, `«${p}» shown literally`).toContain(p);
    expect(seen.images).toBe(0);
    expect(seen.scripts.every((s) => /\/_astro\/[\w.-]+\.js$/.test(s) || s === 'application/ld+json'), seen.scripts.join(', ')).toBe(true);
    expect(seen.links.filter((p) => !['http:', 'https:', 'mailto:'].includes(p))).toEqual([]);
    expect(trouble).toEqual({ console: [], requests: [], dialogs: [] });
    await context.close();
  });

  it('footnote titles and chart labels carry the payload as text', async () => {
    const { context, page } = await openPage(site.browser);
    await page.goto(`${site.origin}/ky/ak-chiy-kachybek-sovetskoe/budget/2014/`);
    await drawAllCharts(page);
    const values = await page.getAttribute('figure[data-chart]', 'data-values');
    expect(JSON.parse(values!).labels).toContain(P.attr);
    await page.goto(`${site.origin}/ru/orozbekov/contests/${CONTEST}/#${INITIATIVE}`);
    expect(await page.textContent(`[id="${INITIATIVE}"] .footnotes a[href*="/sources/"]`)).toBe(P.attr);
    await context.close();
  });

  it('the same payload written raw into a page does open a dialog (the check can fail)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-xss-raw-'));
    writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="ru"><title>x</title><p>${P.attr}</p></html>`);
    const raw = await serveDir(dir);
    const { context, page } = await openPage(site.browser);
    const trouble = watch(page);
    await page.goto(`${raw.origin}/`);
    expect(trouble.dialogs).toEqual(['alert: 1']);
    await context.close();
    await raw.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
