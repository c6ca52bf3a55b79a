/**
 * The site's search index: Pagefind (pinned 1.5.2) over the pages that answer "where is…": each
 * municipality's overview (names, villages, district, region, latest hearing, profile) and the
 * national pages (home, catalogue, comparisons' start, change log, staff guide). Once per build, after the
 * pages exist (src/cli/build.ts). Records (hearings, initiatives, budget lines) are listed on their
 * municipality's pages, one tap from its overview: indexing every page took 4 ms a page, half a
 * national build's time and 43 % of its files (BENCHMARKS.md), for words the overview leads to anyway. One index per page language (<html lang>): ky, ru
 * and en. Kyrgyz has no stemmer in Pagefind, so its words are matched as written, letters
 * the three letters of its own (en with descender, barred o, straight u) included; the data folder (/data/) is not indexed.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export const SEARCH_DIR = 'pagefind';

/** The pages indexed, as globs under the site folder (see the comment above for why these). */
export const INDEXED_PAGES = ['{ky,ru,en}/index.html', '{ky,ru,en}/*/index.html', '{ky,ru,en}/staff/*/index.html'];

export interface SearchIndexStats {
  pages: number;
  bytes: number;
  files: number;
  seconds: number;
}

function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    bytes += statSync(join(e.parentPath, e.name)).size;
    files++;
  }
  return { bytes, files };
}

/**
 * Pagefind lists the languages in the order it met their pages on disk, which differs between a
 * build and one joined from shards; sorted, the same pages give the same bytes. Its service can
 * answer before the entry file is on disk (seen under load as an empty file), so it is awaited.
 */
async function sortEntryLanguages(path: string): Promise<void> {
  for (let tries = 0; ; tries++) {
    let entry: { languages?: Record<string, unknown> } | undefined;
    try {
      entry = JSON.parse(readFileSync(path, 'utf8')) as { languages?: Record<string, unknown> };
    } catch (e) {
      if (tries >= 300) throw new Error(`search index: ${path} was not written (${(e as Error).message})`);
      await new Promise((done) => setTimeout(done, 100));
      continue;
    }
    if (entry.languages) entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    writeFileSync(path, JSON.stringify(entry));
    return;
  }
}

/** The index folder once its size stops changing: the service may still be writing when it answers. */
async function settled(dir: string): Promise<{ bytes: number; files: number }> {
  let last = folderBytes(dir);
  for (let tries = 0; tries < 100; tries++) {
    await new Promise((done) => setTimeout(done, 200));
    const now = folderBytes(dir);
    if (now.bytes === last.bytes && now.files === last.files) return now;
    last = now;
  }
  throw new Error(`search index: ${dir} is still being written after 20 s`);
}

export async function buildSearchIndex(siteDir: string): Promise<SearchIndexStats> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.site-header', '.crumbs', '.site-footer', '.skip', 'nav'] });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  try {
    let pages = 0;
    for (const glob of INDEXED_PAGES) {
      const added = await index.addDirectory({ path: siteDir, glob });
      if (added.errors.length) throw new Error(`search index: ${added.errors.join('; ')}`);
      pages += added.page_count;
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, SEARCH_DIR) });
    if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
    await sortEntryLanguages(join(siteDir, SEARCH_DIR, 'pagefind-entry.json'));
    return { pages, ...(await settled(join(siteDir, SEARCH_DIR))), seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}
