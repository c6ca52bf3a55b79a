/**
 * Phone layout with a country's data: the fixture has one municipality with a population, so its
 * site never shows figures that only a country gives (a place "11th of 19" among peers of similar
 * size, "no data" beside them). A small synthetic country, built here: at 360 px no overview, and no
 * page of one municipality, and no national page, scrolls sideways or has a table wider than its
 * box, in any language.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, overflow } from '../helpers/browser.ts';
import { siteInBrowser } from '../helpers/browser-suite.ts';
import { buildInto, tempDir } from '../helpers/build.ts';
import { htmlFiles, pathOf, samplePages } from '../helpers/site.ts';
import { writeCountry } from '../../src/synth/generate.ts';
import { LANGS } from '../../src/i18n/langs.ts';

const data = tempDir('kg-country-layout-data-');
const outDir = tempDir('kg-country-layout-dist-');
let ids: string[] = [];
const site = siteInBrowser(() => {
  ids = writeCountry(data, { municipalities: 16, years: 2, seed: 7, lastYear: 2024 }).municipalities.map((m) => m.id);
  buildInto(outDir, { DATA_DIR: data });
  return outDir;
});
afterAll(() => {
  rmSync(data, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

describe('at 360 px, with a country', () => {
  let page: Page;
  beforeAll(async () => {
    page = (await openPage(site.browser, { viewport: { width: 360, height: 740 } })).page;
  });
  afterAll(() => page?.context().close());
  /** What sticks out on each page, prefixed with its path. */
  async function overflowing(paths: readonly string[]): Promise<string[]> {
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(site.origin + path);
      found.push(...(await overflow(page)).map((o) => `${path}: ${o}`));
    }
    return found;
  }

  it('no municipality overview, in any language, is wider than the phone', async () => {
    expect(ids.length).toBeGreaterThan(1);
    expect(await overflowing(LANGS.flatMap((lang) => ids.map((id) => `/${lang}/${id}/`)))).toEqual([]);
  });

  it('no page of one municipality, in any language, is wider than the phone', async () => {
    const paths = htmlFiles(outDir).filter((f) => LANGS.some((lang) => f.startsWith(`${lang}/${ids[1]}/`))).map(pathOf);
    expect(paths.length).toBeGreaterThan(30);
    expect(await overflowing(paths)).toEqual([]);
  });

  it('no national page (home, comparisons, catalogue, changes), in any language, is wider than the phone', async () => {
    // The two largest pages of each type and language.
    const paths = samplePages(outDir, 2, data).filter((p) => !ids.some((id) => p.split('/')[2] === id));
    expect(paths.filter((p) => p.includes('/compare/')).length).toBeGreaterThan(3);
    expect(await overflowing(paths)).toEqual([]);
  });
});
