/**
 * The site built from the fixture data has a page for every section, year and contest, and for the
 * pages records are grouped on (hearings and projects by year), in all three languages, with
 * `lang` set and a language switch that leads to the same page.
 */
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/checks/load.ts';
import { LANGS } from '../../src/i18n/langs.ts';
import { pageExists, readPage } from '../helpers/dist.ts';
import { expectedPaths } from '../helpers/expected-pages.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

const { municipalities } = loadData(FIXTURE_DATA);

describe('pages for every record', () => {
  const paths = expectedPaths(municipalities);

  it('covers the records of the seeds (5 hearings in 3 years, 1 contest, 5 projects with no year, 1 budget year) and of altyn-bulak (1 project of 2016, 2 budget years); initiatives are sections of their contest page', () => {
    const count = (part: string) => paths.filter((p) => p.includes(part) && p.split('/').length === 6).length;
    expect(count('/hearings/')).toBe(3 * 3);
    expect(count('/contests/')).toBe(1 * 3);
    expect(count('/initiatives/')).toBe(0);
    expect(count('/projects/')).toBe((1 + 1) * 3);
    expect(count('/budget/')).toBe((1 + 2) * 3);
  });

  it('builds every page', () => {
    expect(paths.filter((p) => !pageExists(p))).toEqual([]);
  });

  it.each(paths.filter((p) => p !== '/'))('%s has its language, a title, a description and a switch to the same page', (path) => {
    const lang = path.split('/')[1]!;
    const page = readPage(path);
    expect(page.querySelector('html')?.getAttribute('lang')).toBe(lang);
    expect(page.querySelector('title')?.text.length).toBeGreaterThan(5);
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(10);
    expect(page.querySelector('meta[property="og:title"]')).not.toBeNull();
    const switchLinks = page.querySelectorAll('nav.langs a').map((a) => a.getAttribute('href'));
    expect(switchLinks).toEqual(LANGS.filter((l) => l !== lang).map((l) => `/${l}${path.slice(lang.length + 1)}`));
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelector('a.skip')?.getAttribute('href')).toBe('#main');
  });

  it('the root offers the three languages', () => {
    const links = readPage('/').querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(LANGS.map((l) => `/${l}/`));
  });
});
