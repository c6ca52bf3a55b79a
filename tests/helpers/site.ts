/**
 * The built site as files: every page, its URL path, its page type (so browser tests can
 * visit one page of each kind per language instead of all of them), and its weight.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LANGS } from '../../src/i18n/langs.ts';
import { DIST, FIXTURE_DATA } from './fixture.ts';
import { tags } from './tags.ts';

export { DIST };

/** HTML files under `dir`, relative, sorted (e.g. `ky/orozbekov/index.html`). */
export function htmlFiles(dir: string = DIST): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split('\\').join('/'))
    .sort();
}

/** `ky/orozbekov/index.html` → `/ky/orozbekov/`. */
export const pathOf = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

export const readPage = (file: string, dir: string = DIST): string => readFileSync(join(dir, file), 'utf8');

/** Municipality ids, from the data folder the site was built from. */
export function municipalityIds(dataDir = FIXTURE_DATA): string[] {
  return readdirSync(join(dataDir, 'municipalities'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
}

/**
 * The kind of page a path is: `/ky/orozbekov/hearings/obs-1/` → `/:lang/:m/hearings/:id/`,
 * `/ky/data/budget/` → `/:lang/data/:id/`. Inside a municipality the first segment names the
 * section and the rest are ids; elsewhere the segment after the language does.
 */
export function pageType(path: string, municipalities: readonly string[]): string {
  const segs = path.split('/').filter(Boolean);
  const out: string[] = [];
  let afterM = -1;
  segs.forEach((s, i) => {
    if (i === 0 && (LANGS as readonly string[]).includes(s)) out.push(':lang');
    else if (municipalities.includes(s)) {
      out.push(':m');
      afterM = i;
    } else if (afterM >= 0 ? i > afterM + 1 : i >= 2) out.push(':id');
    else out.push(s);
  });
  return `/${out.join('/')}${out.length ? '/' : ''}`;
}

export const langOf = (path: string): string => path.split('/')[1] ?? '';

/**
 * Up to `perType` pages of each page type in each language (the largest, which show the most),
 * so the slow browser checks cover every kind of page in ky, ru and en however much data there is.
 */
export function samplePages(dir: string = DIST, perType = 1, dataDir = FIXTURE_DATA): string[] {
  const ms = municipalityIds(dataDir);
  const byType = new Map<string, Array<{ path: string; size: number }>>();
  for (const file of htmlFiles(dir)) {
    const path = pathOf(file);
    const key = `${langOf(path)} ${pageType(path, ms)}`;
    byType.set(key, [...(byType.get(key) ?? []), { path, size: statSync(join(dir, file)).size }]);
  }
  return [...byType.values()].flatMap((pages) =>
    pages
      .sort((a, b) => b.size - a.size)
      .slice(0, perType)
      .map((p) => p.path),
  );
}

/** A page's cost on a slow connection: HTML bytes raw and gzip-compressed, and the scripts it loads. */
export interface Weight {
  path: string;
  bytes: number;
  gzip: number;
  scripts: number;
  hasChart: boolean;
  /** The search page (/<lang>/search/): the one page without a chart that may load a script (Pagefind). */
  hasSearch: boolean;
}

export function weigh(path: string, html: string): Weight {
  const all = tags(html);
  const scripts = all.filter((t) => t.name === 'script' && !/^application\/(ld\+)?json$/i.test(t.attrs.get('type') ?? '')).length;
  const preloads = all.filter((t) => t.name === 'link' && /\bmodulepreload\b/.test(t.attrs.get('rel') ?? '')).length;
  return {
    path,
    bytes: Buffer.byteLength(html),
    gzip: gzipSync(html).length,
    scripts: scripts + preloads,
    hasChart: all.some((t) => t.name === 'figure' && t.attrs.has('data-chart')),
    hasSearch: all.some((t) => t.attrs.has('data-pagefind')),
  };
}

export const BUDGET = 14 * 1024;

export function weightProblems(w: Weight): string[] {
  const out: string[] = [];
  if (w.gzip > BUDGET) out.push(`${w.path}: ${w.gzip} bytes gzip-compressed, over ${BUDGET}`);
  // The 404 page's one script redirects a record's old address (issue 17); it is no content page.
  if (!w.hasChart && !w.hasSearch && !/(^|\/)404(\.html)?$/.test(w.path) && w.scripts > 0) out.push(`${w.path}: loads ${w.scripts} script(s) but has no chart`);
  if (w.hasSearch && !/^\/(ky|ru|en)\/search\/$/.test(w.path)) out.push(`${w.path}: loads the search code but is not a search page`);
  return out;
}
