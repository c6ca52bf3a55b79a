/**
 * What residents do, in Chromium with the site's Content-Security-Policy in force: from the
 * home page to a budget year whose charts hold exactly the table's numbers; switching language
 * on any page keeps the page; an initiative shows its funding split. No console errors, failed
 * requests or dialogs on any visited page.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadData } from '../../src/checks/load.ts';
import { formatMoney, formatPercent } from '../../src/i18n/format.ts';
import { LANG_NAMES } from '../../src/i18n/langs.ts';
import { drawAllCharts, openPage, watch, type Trouble } from '../helpers/browser.ts';
import { siteInBrowser } from '../helpers/browser-suite.ts';
import { DIST, langOf, samplePages } from '../helpers/site.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

const data = loadData(FIXTURE_DATA);
const site = siteInBrowser(DIST);

async function journey(run: (page: Page) => Promise<void>): Promise<Trouble> {
  const { context, page } = await openPage(site.browser, { viewport: { width: 360, height: 740 } });
  const trouble = watch(page);
  await run(page);
  await context.close();
  return trouble;
}

const pathname = (page: Page) => new URL(page.url()).pathname;

/**
 * Follows a link and waits until the new page has settled, so that leaving it next does not
 * abort its chart code's request (which would count as a failed request).
 */
async function follow(page: Page, selector: string): Promise<void> {
  const before = page.url();
  await page.click(selector);
  await page.waitForURL((u) => u.href !== before);
  await page.waitForLoadState('networkidle');
}

/** Reads a table the way a reader does: row labels, and each numeric column's machine values and shown text. */
function readTableIn(page: Page, id: string) {
  return page.evaluate((id) => {
    const table = document.getElementById(id)!;
    const heads = [...table.querySelectorAll('thead th')];
    const rows = [...table.querySelectorAll('tbody tr')];
    const label = (tr: Element) => [...(tr.querySelector('th')?.childNodes ?? [])].filter((n) => !(n instanceof HTMLElement && n.classList.contains('fn'))).map((n) => n.textContent).join('').trim();
    return {
      labels: rows.map(label),
      columns: heads.map((th, col) => ({
        label: th.textContent!.trim(),
        series: th.hasAttribute('data-series'),
        values: rows.map((tr) => tr.children[col]?.getAttribute('data-value') ?? null),
        texts: rows.map((tr) => (tr.children[col]?.textContent ?? '').trim()),
      })),
    };
  }, id);
}

/** Every chart on the page holds its table's labels and numbers, and has painted something. */
async function expectChartsMatchTables(page: Page): Promise<number> {
  const count = await drawAllCharts(page);
  const figures = await page.$$eval('figure[data-chart]', (fs) =>
    fs.map((f) => {
      const canvas = f.querySelector('canvas')!;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
      return { table: f.getAttribute('data-table')!, values: JSON.parse(f.getAttribute('data-values') ?? 'null'), painted };
    }),
  );
  for (const f of figures) {
    const table = await readTableIn(page, f.table);
    const series = table.columns.filter((c) => c.series);
    expect(series.length, f.table).toBeGreaterThan(0);
    expect(f.values, f.table).toEqual({
      labels: table.labels,
      series: series.map((c) => ({ label: c.label, values: c.values.map((v) => (v === null ? null : Number(v))) })),
    });
    expect(f.painted, `${f.table} painted pixels`).toBeGreaterThan(100);
  }
  return count;
}

it('home → Kyrgyz → municipality → budget → latest year: charts show the table, the table shows the data', async () => {
  const withBudget = data.municipalities.find((m) => m.tables.budget.length > 0)!;
  expect(withBudget).toBeDefined();
  const id = withBudget.profile.id;
  const year = Math.max(...withBudget.tables.budget.map((r) => r.year));
  const trouble = await journey(async (page) => {
    await page.goto(`${site.origin}/`, { waitUntil: 'networkidle' });
    await follow(page, 'main a[hreflang="ky"]');
    expect(pathname(page)).toBe('/ky/');
    await follow(page, `main a[href="/ky/${id}/"]`);
    expect(pathname(page)).toBe(`/ky/${id}/`);
    await follow(page, `nav a[href="/ky/${id}/budget/"], main a[href="/ky/${id}/budget/"] >> nth=0`);
    expect(pathname(page)).toBe(`/ky/${id}/budget/`);
    await follow(page, `main a[href="/ky/${id}/budget/${year}/"] >> nth=0`);
    expect(pathname(page)).toBe(`/ky/${id}/budget/${year}/`);
    expect(await expectChartsMatchTables(page)).toBeGreaterThan(0);
    for (const direction of ['revenue', 'expenditure'] as const) {
      const rows = withBudget.tables.budget.filter((r) => r.year === year && r.direction === direction);
      if (rows.length === 0) continue;
      // Amounts as the document prints them, the unit in the header (миң сом or сом) or else in the cell.
      const table = await readTableIn(page, `budget-${year}-${direction}`);
      const som = (text: string, header: string) => {
        const thousand = /миң сом/.test(header) || /миң сом/.test(text);
        return Math.round(Number(text.replace(/[^\d,.-]/g, '').replace(',', '.')) * (thousand ? 1000 : 1));
      };
      const shown = table.columns.slice(1).flatMap((c) => c.texts.filter((x) => /\d/.test(x)).map((x) => som(x, c.label)));
      const expected = rows.flatMap((r) => (r.amount_som === undefined ? [] : [Math.round(r.amount_som)]));
      expect(shown.sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
    }
  });
  expect(trouble).toEqual({ console: [], requests: [], dialogs: [] });
});

it('the language switch keeps the page: every page type, ky → ru → en → ky', async () => {
  const kyPages = samplePages(DIST).filter((p) => langOf(p) === 'ky');
  expect(kyPages.length).toBeGreaterThan(5);
  const trouble = await journey(async (page) => {
    for (const start of kyPages) {
      await page.goto(site.origin + start, { waitUntil: 'networkidle' });
      for (const [from, to] of [['ky', 'ru'], ['ru', 'en'], ['en', 'ky']] as const) {
        await follow(page, `.langs a[hreflang="${to}"]`);
        expect(pathname(page)).toBe(start.replace(/^\/ky\//, `/${to}/`));
        expect(await page.getAttribute('html', 'lang')).toBe(to);
        expect((await page.textContent('.langs [aria-current="page"]'))?.trim()).toBe(LANG_NAMES[to]);
        expect(await page.getAttribute(`.langs a[hreflang="${from}"]`, 'href')).toBe(start.replace(/^\/ky\//, `/${from}/`));
      }
    }
  });
  expect(trouble).toEqual({ console: [], requests: [], dialogs: [] });
}, 240_000); // a walk over every page type in three languages: slow on a loaded 2-core machine

it('an initiative (a section of its contest page) shows its funding split: each source, amount and share, and the doughnut of the same numbers', async () => {
  const initiative = 'papa-mama-i-ya';
  const m = data.municipalities.find((x) => x.tables.initiatives.some((i) => i.id === initiative))!;
  const funding = m.tables.funding.filter((f) => f.owner_type === 'initiative' && f.owner === initiative);
  expect(funding.filter((f) => f.amount_som !== undefined).length).toBeGreaterThan(1);
  const known = funding.reduce((s, f) => s + (f.amount_som ?? 0), 0);
  const trouble = await journey(async (page) => {
    const contest = m.tables.initiatives.find((i) => i.id === initiative)!.contest;
    await page.goto(`${site.origin}/ky/${m.profile.id}/contests/${contest}/#${initiative}`);
    const table = await readTableIn(page, `funding-${initiative}`);
    expect(table.labels).toHaveLength(funding.length);
    const [, , amount, share] = table.columns;
    expect(amount!.values).toEqual(funding.map((f) => (f.amount_som === undefined ? null : String(f.amount_som))));
    funding.forEach((f, i) => {
      if (f.amount_som === undefined) return;
      expect(amount!.texts[i]).toBe(formatMoney('ky', f.amount_som));
      expect(share!.texts[i]).toBe(formatPercent('ky', f.amount_som / known));
    });
    expect(await page.locator('main').textContent()).toContain(formatMoney('ky', known));
    // The contest page draws a doughnut per initiative with funding; each holds its table's numbers.
    const withFunding = m.tables.initiatives.filter((i) => i.contest === contest && m.tables.funding.some((f) => f.owner_type === 'initiative' && f.owner === i.id && f.amount_som !== undefined));
    expect(await expectChartsMatchTables(page)).toBe(withFunding.length);
  });
  expect(trouble).toEqual({ console: [], requests: [], dialogs: [] });
});

it('the chart comparison fails when a chart does not hold its table numbers', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(`${site.origin}${samplePages(DIST).find((p) => p.includes('/budget/') && /\d\/$/.test(p))}`);
  await drawAllCharts(page);
  await page.evaluate(() => {
    // A cell of a table that a chart reads (a page may hold tables no chart draws).
    const table = document.querySelector<HTMLElement>('figure[data-table]')!.dataset.table!;
    const td = document.getElementById(table)!.querySelector('td[data-value]')!;
    td.setAttribute('data-value', String(Number(td.getAttribute('data-value')) + 1));
  });
  await expect(expectChartsMatchTables(page)).rejects.toThrow();
  await context.close();
});
