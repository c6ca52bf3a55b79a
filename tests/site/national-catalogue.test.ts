/**
 * A national catalogue: with more municipalities than fit one page, each dataset page lists
 * their files 60 a page with page links, stays within the page budget, and names regions (not
 * every municipality) in its JSON-LD. Built from a synthetic country of 61 municipalities,
 * which npm run build splits over two processes.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PER_PAGE } from '../../src/site/catalogue/view.ts';
import { writeCountry } from '../../src/synth/generate.ts';
import { buildInto, tempDir } from '../helpers/build.ts';
import { readPage, weigh, weightProblems } from '../helpers/site.ts';

const data = tempDir('kg-national-data-');
const outDir = tempDir('kg-national-dist-');
const N = PER_PAGE + 1;

beforeAll(() => {
  writeCountry(data, { municipalities: N, years: 1, seed: 2, lastYear: 2024 });
  buildInto(outDir, { DATA_DIR: data });
});
afterAll(() => {
  rmSync(data, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

const page = (path: string) => parse(readPage(path, outDir));
const rows = (path: string) => page(path).querySelectorAll('table')[0]!.querySelectorAll('tbody tr').length;

it('splits the per-municipality files over pages, every municipality once', () => {
  expect(rows('ru/data/budget/index.html')).toBe(PER_PAGE);
  expect(rows('ru/data/budget/2/index.html')).toBe(1);
  expect(existsSync(join(outDir, 'ru/data/budget/3/index.html'))).toBe(false);
});

it('links the pages both ways and marks the current one', () => {
  const links = (path: string) => page(path).querySelectorAll('nav.pager a').map((a) => [a.getAttribute('href'), a.getAttribute('aria-current') ?? a.getAttribute('rel') ?? '']);
  expect(links('ky/data/budget/index.html')).toEqual([
    ['/ky/data/budget/', 'page'],
    ['/ky/data/budget/2/#per-municipality', ''],
    ['/ky/data/budget/2/#per-municipality', 'next'],
  ]);
  expect(links('ky/data/budget/2/index.html')[0]).toEqual(['/ky/data/budget/', 'prev']);
  expect(page('ky/data/budget/2/index.html').querySelector('title')!.text).toContain('2 беттин 2-бети');
});

it('the first page alone carries the description, columns and JSON-LD, which names regions', () => {
  const first = page('en/data/budget/index.html');
  const ld = JSON.parse(first.querySelector('script[type="application/ld+json"]')!.text) as { spatialCoverage: { containsPlace: Array<{ name: string }> } };
  const places = ld.spatialCoverage.containsPlace.map((p) => p.name);
  expect(places.length).toBeGreaterThan(0);
  expect(places.length).toBeLessThanOrEqual(8);
  expect(places.every((p) => /region|city/i.test(p))).toBe(true);
  const second = page('en/data/budget/2/index.html');
  expect(second.querySelector('script[type="application/ld+json"]')).toBeNull();
  expect(second.querySelectorAll('table')).toHaveLength(1);
});

it('national catalogue and home pages stay within the page budget', () => {
  const paths = ['ru/data/budget/index.html', 'ky/data/budget/2/index.html', 'ru/data/index.html', 'ky/index.html'];
  expect(paths.flatMap((p) => weightProblems(weigh(`/${p}`, readPage(p, outDir))))).toEqual([]);
});
