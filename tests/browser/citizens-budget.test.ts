/**
 * The citizens' budget of every municipality and year, printed by Chromium to PDF: one A4 page
 * per language, its tables printed as tables (not phone cards), with the page's address.
 */
import { expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../../src/i18n/langs.ts';
import { openPage } from '../helpers/browser.ts';
import { siteInBrowser } from '../helpers/browser-suite.ts';
import { DIST, municipalityIds } from '../helpers/site.ts';

const site = siteInBrowser(DIST);

/** Pages of a PDF: its page objects ("/Type /Page", not "/Type /Pages"). */
export const pdfPages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

const pages = municipalityIds().flatMap((m) => {
  let years: string[] = [];
  try {
    years = readdirSync(join(DIST, 'ru', m, 'citizens-budget'));
  } catch {
    years = [];
  }
  return years.flatMap((y) => LANGS.map((lang) => `/${lang}/${m}/citizens-budget/${y}/`));
});

it('there are citizens\' budget pages to print', () => expect(pages.length).toBeGreaterThan(0));

it('counts the pages of a PDF (the check can fail)', async () => {
  const { context, page } = await openPage(site.browser);
  await page.setContent(`<p>one</p><p style="break-before: page">two</p>`);
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(2);
  await context.close();
});

for (const path of pages) {
  it(`${path} prints on one A4 page, tables as tables, with its address`, async () => {
    const { context, page } = await openPage(site.browser);
    await page.goto(`${site.origin}${path}`);
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => ({
      tables: [...document.querySelectorAll('table')].map((t) => getComputedStyle(t).display),
      address: getComputedStyle(document.querySelector('.print-only')!).display,
    }));
    expect(layout.tables.every((d) => d === 'table')).toBe(true);
    expect(layout.address).toBe('block');
    expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);
    await context.close();
  }, 60_000);
}
