/**
 * What a build produced: pages (dist/**\/*.html) grouped by page type, where a type is the
 * route file in src/pages that made the page ("[lang]/[m]/budget/[year]" → "budget-year"),
 * and each type's HTML weight (bytes and gzip: median, max) and JavaScript weight before
 * and after a chart comes into view.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { scriptWeight, type JsWeight } from './scripts.ts';

export interface Route {
  /** Route file without extension, relative to src/pages: "[lang]/[m]/budget/[year]". */
  file: string;
  /** Short name: "budget-year". */
  name: string;
  pattern: RegExp;
  /** Segment kinds, for ordering: 2 static, 1 parameter, 0 rest parameter. */
  ranks: number[];
}

/**
 * Astro's priority, segment by segment from the left: a static segment beats a parameter,
 * which beats a rest parameter; then the longer route wins.
 */
function byPriority(a: Route, b: Route): number {
  for (let i = 0; i < Math.min(a.ranks.length, b.ranks.length); i++) {
    if (a.ranks[i] !== b.ranks[i]) return b.ranks[i]! - a.ranks[i]!;
  }
  return b.ranks.length - a.ranks.length || a.file.localeCompare(b.file);
}

const PAGE_FILE = /\.(astro|md|mdx|html)$/;

/** Page routes from the files in src/pages (endpoints such as .ts produce no HTML pages). */
export function readRoutes(pagesDir: string): Route[] {
  return listFiles(pagesDir)
    .map((f) => relative(pagesDir, f.path).split(sep).join('/'))
    .filter((f) => PAGE_FILE.test(f) && !basename(f).startsWith('_'))
    .map((f) => f.replace(PAGE_FILE, ''))
    .map((file) => {
      const segments = file.split('/').filter((s, i, all) => !(s === 'index' && i === all.length - 1));
      // A rest parameter may be empty: "[lang]/data/[dataset]/[...page]" matches /ky/data/budget/ and /ky/data/budget/2/.
      const regex = segments
        .map((s, i) => (/^\[\.\.\.[^\]]+\]$/.test(s) ? '(?:/.+)?' : `${i > 0 ? '/' : ''}${s.replace(/\[[^\]]+\]/g, '[^/]+').replace(/[.]/g, '\\.')}`))
        .join('');
      const literal = segments.filter((s) => !s.includes('['));
      const params = segments.filter((s) => s.includes('[')).map((s) => s.replace(/[[\].]/g, ''));
      const name = [...literal, ...params.filter((p) => p !== 'lang' && p !== 'm' && literal.length > 0)].join('-') ||
        (params.includes('m') ? 'municipality' : params.includes('lang') ? 'language-home' : 'root');
      const ranks = segments.map((seg) => (seg.startsWith('[...') ? 0 : seg.includes('[') ? 1 : 2));
      return { file, name, pattern: new RegExp(`^/${regex}${regex ? '/' : ''}$`), ranks };
    })
    .sort(byPriority);
}

/** The URL path of a dist file: "ru/x/index.html" → "/ru/x/", "404.html" → "/404.html". */
export function urlOf(distRelative: string): string {
  const path = '/' + distRelative.split(sep).join('/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export function routeOf(url: string, routes: readonly Route[]): string {
  return routes.find((r) => r.pattern.test(url))?.name ?? 'other';
}

export interface DistFile {
  path: string;
  bytes: number;
}

export function listFiles(dir: string): DistFile[] {
  const out: DistFile[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push({ path, bytes: statSync(path).size });
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

const median = (values: number[]) => {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
};

export interface PageType {
  name: string;
  route: string;
  pages: number;
  /** Pages gzipped: all, or for large types an even spread (for the median) plus the largest pages (for the max). */
  gzipMeasured: number;
  htmlBytes: { median: number; max: number };
  gzipBytes: { median: number; max: number };
  /** Pages with a chart (a figure[data-chart]). */
  chartPages: number;
  /** Pages without a chart that still load JavaScript. */
  jsWithoutChart: number;
  js: JsWeight;
}

export interface PagesReport {
  pages: number;
  files: number;
  distBytes: number;
  types: PageType[];
}

/** At most this many pages per type are gzipped: evenly spread, plus the largest. */
const GZIP_SAMPLE = 1500;
const GZIP_LARGEST = 50;
const HAS_CHART = /<figure\b[^>]*\bdata-chart\b/;
/** The search page (/<lang>/search/) is the one page without a chart that loads a script: Pagefind's. */
const IS_SEARCH = /\sdata-pagefind=/;
/**
 * The 404 page loads one small script (issue 17): it redirects a record's old address to its new
 * one from /moved/<m>.json. It is not a page of the site's content, so "no JS on chartless pages"
 * does not count it.
 */
const IS_NOT_FOUND = (dist: string, path: string) => relative(dist, path) === '404.html';

export function analyseDist(dist: string, routes: readonly Route[]): PagesReport {
  const files = listFiles(dist);
  const html = files.filter((f) => f.path.endsWith('.html'));
  const byType = new Map<string, DistFile[]>();
  for (const f of html) {
    const type = routeOf(urlOf(relative(dist, f.path)), routes);
    byType.set(type, [...(byType.get(type) ?? []), f]);
  }
  const types: PageType[] = [];
  for (const [name, pages] of [...byType].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    const step = Math.max(1, Math.ceil(pages.length / GZIP_SAMPLE));
    const largest = [...pages].sort((a, b) => b.bytes - a.bytes).slice(0, GZIP_LARGEST);
    const spread = new Set(pages.filter((_, i) => i % step === 0));
    const sample = new Set([...spread, ...largest]);
    const gzip: number[] = [];
    const gzipSpread: number[] = [];
    let chartPages = 0;
    let jsWithoutChart = 0;
    const js: JsWeight[] = [];
    for (const page of pages) {
      const text = readFileSync(page.path, 'utf8');
      const chart = HAS_CHART.test(text);
      if (chart) chartPages++;
      const scripted = chart || IS_SEARCH.test(text) || IS_NOT_FOUND(dist, page.path);
      if (sample.has(page)) {
        const size = gzipSync(text).length;
        gzip.push(size);
        if (spread.has(page)) gzipSpread.push(size);
        const weight = scriptWeight(text, page.path, dist);
        js.push(weight);
        if (!scripted && weight.before.files > 0) jsWithoutChart++;
      } else if (!scripted && /<script\b/.test(text)) jsWithoutChart++;
    }
    const heaviest = js.reduce<JsWeight | undefined>((a, b) => (!a || b.after.gzip > a.after.gzip ? b : a), undefined);
    types.push({
      name,
      route: routes.find((r) => r.name === name)?.file ?? '',
      pages: pages.length,
      gzipMeasured: gzip.length,
      htmlBytes: { median: median(pages.map((p) => p.bytes)), max: Math.max(...pages.map((p) => p.bytes)) },
      gzipBytes: { median: median(gzipSpread), max: Math.max(0, ...gzip) },
      chartPages,
      jsWithoutChart,
      js: heaviest ?? { before: { files: 0, bytes: 0, gzip: 0 }, after: { files: 0, bytes: 0, gzip: 0 } },
    });
  }
  return { pages: html.length, files: files.length, distBytes: files.reduce((s, f) => s + f.bytes, 0), types };
}
