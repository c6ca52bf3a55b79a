import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseDist, readRoutes, routeOf, urlOf } from '../../src/bench/pages.ts';

const root = mkdtempSync(join(tmpdir(), 'bench-pages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const put = (path: string, text = '') => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

for (const f of ['index.astro', '[lang]/index.astro', '[lang]/[m]/index.astro', '[lang]/[m]/budget/index.astro', '[lang]/[m]/budget/[year].astro', '[lang]/data/[dataset]/[...page].astro', '[lang]/data/index.astro', 'data/[...file].ts', 'docs/[...slug].astro']) {
  put(`pages/${f}`);
}
const routes = readRoutes(join(root, 'pages'));

describe('page types from the route files', () => {
  it('names routes by their static parts and parameters', () => {
    expect(routes.map((r) => r.name).sort()).toEqual(['budget', 'budget-year', 'data', 'data-dataset-page', 'docs-slug', 'language-home', 'municipality', 'root']);
  });

  it.each([
    ['/', 'root'],
    ['/ru/', 'language-home'],
    ['/ky/kara-suu/', 'municipality'],
    ['/ky/kara-suu/budget/', 'budget'],
    ['/ky/kara-suu/budget/2019/', 'budget-year'],
    // A static segment beats a parameter at the same position, as Astro routes it.
    ['/ru/data/budget/', 'data-dataset-page'],
    // A rest parameter matches one or more segments, or none.
    ['/ru/data/budget/2/', 'data-dataset-page'],
    ['/docs/', 'docs-slug'],
    ['/ru/data/', 'data'],
    ['/docs/a/b/', 'docs-slug'],
    ['/404.html', 'other'],
  ])('%s → %s', (url, type) => expect(routeOf(url, routes)).toBe(type));

  it('turns dist paths into URLs', () => {
    expect(urlOf('ru/x/budget/2015/index.html')).toBe('/ru/x/budget/2015/');
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('404.html')).toBe('/404.html');
  });
});

describe('analyseDist', () => {
  it('weighs HTML and follows script src, static and dynamic imports', () => {
    put('dist/_astro/loader.js', 'import"./shared.js";const go=()=>import("./draw.js");');
    put('dist/_astro/shared.js', 'export const x=1;');
    put('dist/_astro/draw.js', 'import{x}from"./shared.js";export const draw=()=>x;'.repeat(20));
    const chart = '<html><body><figure class="chart" data-chart="bar"></figure><script type="module" src="/_astro/loader.js"></script></body></html>';
    put('dist/ru/kara-suu/budget/2019/index.html', chart);
    put('dist/ru/kara-suu/budget/2020/index.html', chart + ' '.repeat(500));
    put('dist/ru/kara-suu/index.html', '<html><body><p>no chart</p><script src="/_astro/loader.js"></script></body></html>');
    const report = analyseDist(join(root, 'dist'), routes);
    expect(report.pages).toBe(3);
    expect(report.files).toBe(6);
    const year = report.types.find((t) => t.name === 'budget-year')!;
    expect(year.pages).toBe(2);
    expect(year.chartPages).toBe(2);
    expect(year.htmlBytes.max).toBe(chart.length + 500);
    expect(year.js.before.files).toBe(2); // loader + its static import
    expect(year.js.after.files).toBe(3); // + the dynamically imported chart code
    expect(year.js.after.bytes).toBeGreaterThan(year.js.before.bytes);
    const home = report.types.find((t) => t.name === 'municipality')!;
    expect(home.jsWithoutChart).toBe(1);
  });
});

describe('the budget pages of the real routes', () => {
  const real = readRoutes('src/pages');
  it.each([
    ['/ky/kara-suu/budget/2024/', 'budget-year'],
    ['/ky/kara-suu/budget/2024/expenditure-1/', 'budget-year-group-page'],
    ['/ky/kara-suu/budget/2024/expenditure-1/3/', 'budget-year-group-page'],
    ['/ky/kara-suu/budget/2024/revenue/', 'budget-year-group-page'],
  ])('%s is a %s page', (url, name) => {
    expect(routeOf(url, real)).toBe(name);
  });
});
