/** Reading the built site in tests: pages by URL path, parsed with node-html-parser. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { DIST } from './fixture.ts';

export { DIST };

/** The file a URL path is served from ("/ru/x/" → dist/ru/x/index.html). */
export function fileOf(path: string, dist = DIST): string {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  return clean.endsWith('/') ? join(dist, clean, 'index.html') : join(dist, clean);
}

export const pageExists = (path: string, dist = DIST) => existsSync(fileOf(path, dist));

export function readPage(path: string, dist = DIST): HTMLElement {
  return parse(readFileSync(fileOf(path, dist), 'utf8'));
}

/** Cells of a table by id: row header text and the data-value of every cell. */
export function tableRows(page: HTMLElement, id: string) {
  const table = page.querySelector(`table#${id}`);
  if (!table) throw new Error(`no table #${id}`);
  return table.querySelectorAll('tbody tr').map((tr) => ({
    header: tr.querySelector('th')?.text.trim() ?? '',
    cells: tr.querySelectorAll('td').map((td) => ({ text: td.text.trim(), value: td.getAttribute('data-value') ?? null })),
  }));
}
