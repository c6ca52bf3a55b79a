/**
 * JavaScript a page costs: the files its <script src> and modulepreload links load, with
 * their static imports ("before" a chart is seen), and what their dynamic import()s add
 * when a chart scrolls into view ("after"). Sizes are raw and gzip; files are read once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  files: number;
  bytes: number;
  gzip: number;
}

export interface JsWeight {
  before: Weight;
  after: Weight;
}

interface JsFile {
  bytes: number;
  gzip: number;
  imports: string[];
  dynamic: string[];
}

const cache = new Map<string, JsFile | undefined>();

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^'"`();]*?\bfrom\s*)?["'`]([^"'`\s]+\.m?js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`\s]+\.m?js)["'`]\s*\)/g;

/** A script URL as a file in dist: absolute from the site root, or relative to `from`. */
function locate(url: string, from: string, dist: string): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(url)) return undefined; // another site's script: not ours to weigh
  const clean = url.split(/[?#]/)[0]!;
  const path = clean.startsWith('/') ? join(dist, clean) : resolve(dirname(from), clean);
  if (existsSync(path)) return path;
  // A site under a base path ("/repo/_astro/x.js"): try without the first segment.
  const rebased = clean.startsWith('/') ? join(dist, clean.replace(/^\/[^/]+/, '')) : undefined;
  return rebased && existsSync(rebased) ? rebased : undefined;
}

function jsFile(path: string, dist: string): JsFile | undefined {
  if (cache.has(path)) return cache.get(path);
  let file: JsFile | undefined;
  try {
    const text = readFileSync(path, 'utf8');
    const found = (re: RegExp) => [...text.matchAll(re)].map((m) => locate(m[1]!, path, dist)).filter((p): p is string => p !== undefined);
    file = { bytes: Buffer.byteLength(text), gzip: gzipSync(text).length, imports: found(STATIC_IMPORT), dynamic: found(DYNAMIC_IMPORT) };
  } catch {
    file = undefined;
  }
  cache.set(path, file);
  return file;
}

/** Files reached from `roots` through static imports. */
function closure(roots: readonly string[], dist: string): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const file = jsFile(path, dist);
    if (!file) continue;
    seen.add(path);
    queue.push(...file.imports);
  }
  return seen;
}

function weigh(paths: Iterable<string>, dist: string): Weight {
  const w: Weight = { files: 0, bytes: 0, gzip: 0 };
  for (const p of paths) {
    const f = jsFile(p, dist)!;
    w.files++;
    w.bytes += f.bytes;
    w.gzip += f.gzip;
  }
  return w;
}

/** Gzip size of inline scripts counts as HTML; only their imports are followed here. */
export function scriptWeight(html: string, pagePath: string, dist: string): JsWeight {
  const roots: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(m[1]!)?.[1];
    if (/\btype\s*=\s*["']?application\/(?:ld\+)?json/i.test(m[1]!)) continue;
    if (src) {
      const path = locate(src, pagePath, dist);
      if (path) roots.push(path);
    } else {
      for (const i of m[2]!.matchAll(STATIC_IMPORT)) {
        const path = locate(i[1]!, pagePath, dist);
        if (path) roots.push(path);
      }
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*\brel\s*=\s*["']?modulepreload[^>]*>/gi)) {
    const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(m[0])?.[1];
    const path = href && locate(href, pagePath, dist);
    if (path) roots.push(path);
  }
  const before = closure(roots, dist);
  const dynamicRoots = [...before].flatMap((p) => jsFile(p, dist)?.dynamic ?? []);
  const after = closure([...before, ...dynamicRoots], dist);
  // Dynamic imports of dynamically imported files load later still: follow them too.
  for (let grown = true; grown; ) {
    const more = [...after].flatMap((p) => jsFile(p, dist)?.dynamic ?? []).filter((p) => !after.has(p));
    grown = more.length > 0;
    for (const p of closure(more, dist)) after.add(p);
  }
  return { before: weigh(before, dist), after: weigh(after, dist) };
}

/** Forgets file sizes read earlier (a new build in the same folder). */
export function clearScriptCache(): void {
  cache.clear();
}
