/**
 * Generic checks of the site built from the data being checked (`npm run check:data`): every record
 * has its page in the three languages, every link resolves, every page is within the weight budget,
 * is valid HTML and shows no "undefined", "NaN" or "[object Object]". No counts of the data.
 */
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/checks/load.ts';
import { LANGS } from '../../src/i18n/langs.ts';
import { pageExists, readPage as readDom } from '../helpers/dist.ts';
import { expectedPaths } from '../helpers/expected-pages.ts';
import { brokenLinks, validateHtml } from '../helpers/html.ts';
import { htmlFiles, pathOf, readPage, weigh, weightProblems } from '../helpers/site.ts';
import { CHECK_DATA, CHECK_DIST } from './target.ts';

const { municipalities } = loadData(CHECK_DATA);
const paths = expectedPaths(municipalities);
const files = htmlFiles(CHECK_DIST);

/** Words a page shows only when code printed a value that is not there. */
export const LEAKS = /\bundefined\b|\bNaN\b|\[object Object\]|\bInvalid Date\b/;

/** A page's visible text: the HTML without scripts, styles and tags. */
const visibleText = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe(`data check of ${CHECK_DATA} (site in ${CHECK_DIST})`, () => {
  it('every municipality and record has its page in every language', () => {
    expect(municipalities.length).toBeGreaterThan(0);
    expect(paths.filter((p) => !pageExists(p, CHECK_DIST))).toEqual([]);
  });

  it('every page says its language and offers the same page in the others', () => {
    const wrong: string[] = [];
    for (const path of paths.filter((p) => p !== '/')) {
      const lang = path.split('/')[1]!;
      const page = readDom(path, CHECK_DIST);
      const switches = page.querySelectorAll('nav.langs a').map((a) => a.getAttribute('href'));
      const expected = LANGS.filter((l) => l !== lang).map((l) => `/${l}${path.slice(lang.length + 1)}`);
      if (page.querySelector('html')?.getAttribute('lang') !== lang || switches.join(' ') !== expected.join(' ')) wrong.push(path);
    }
    expect(wrong).toEqual([]);
  });

  it('no internal link, asset, fragment or download is broken', () => {
    expect(brokenLinks(CHECK_DIST)).toEqual([]);
  });

  it('every page is within the weight budget (14 KiB gzip) and only pages with charts load scripts', () => {
    expect(files.flatMap((f) => weightProblems(weigh(pathOf(f), readPage(f, CHECK_DIST))))).toEqual([]);
  });

  it('no page shows "undefined", "NaN", "[object Object]" or "Invalid Date"', () => {
    const leaks = files.flatMap((f) => {
      const m = LEAKS.exec(visibleText(readPage(f, CHECK_DIST)));
      return m ? [`${pathOf(f)}: «${m[0]}»`] : [];
    });
    expect(leaks).toEqual([]);
  });

  it('every page is valid HTML', async () => {
    const invalid: string[] = [];
    for (const f of files) for (const e of await validateHtml(readPage(f, CHECK_DIST), f)) invalid.push(`${pathOf(f)}: ${e}`);
    expect(invalid).toEqual([]);
  });
});
