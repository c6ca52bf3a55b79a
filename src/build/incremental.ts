/**
 * The incremental build (`npm run build -- --incremental`, src/cli/build.ts): digests of what each
 * municipality's pages read, and of what the national pages read, stored beside the built site;
 * the next build renders only the municipalities whose digest changed and keeps the others' page
 * folders as they are. tests/build/incremental.test.ts proves the result equals a full build.
 *
 * A municipality's pages read (src/site/data.ts loads only its own folder in a shard): its data
 * folder, the shared inputs (sources.json, documents/), and from the publish step's figures its
 * similar-size standing, its change-log entries (with the release date they print), and its data
 * date (src/downloads/dates.ts). All pages read the code: src/, public/, the Astro config, the
 * lock file, and the site's address (SITE, BASE); a change there rebuilds everything.
 *
 * The digests live in `<outDir>.build-inputs.json`, beside the site rather than in it: the site
 * holds only what is published (a split build joined by merge-parts equals one build, file for
 * file), and the file is removed when an incremental build starts, so a build that fails or is
 * stopped leaves no digests that could describe a half-written site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChangeLog } from '../downloads/changelog.ts';
import { changesPath, releasePath, standingsPath } from '../downloads/manifest.ts';
import { datesPath, SHARED_INPUTS } from '../downloads/dates.ts';
import { combineHashes, fileHashes, hashesPath, municipalityOf } from '../downloads/hashes.ts';
import type { Release } from '../downloads/release.ts';
import type { Standings } from '../figures/compare.ts';
import { LANGS } from '../i18n/langs.ts';

export const INPUTS_FORMAT = 1;

export interface BuildInputs {
  format: number;
  /** Digest of the code and the build's settings. */
  code: string;
  /** Digest of everything the national pages and files read: the whole data folder, the figures, the code. */
  national: string;
  /** Municipality id → digest of what its pages read. */
  municipalities: Record<string, string>;
}

/** Where the digests of the site in `outDir` are kept. */
export const inputsPath = (outDir: string) => `${outDir}.build-inputs.json`;

/** The code the pages are made by (paths from the project root): a file or folder each. */
export const CODE_INPUTS = ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'] as const;

/** The settings that change pages without changing a file. */
const SETTINGS = ['SITE', 'BASE'] as const;

/** Path → SHA-256 of every file under `paths` (src/downloads/hashes.ts, shared with the publish step). */
export { fileHashes };

const combine = combineHashes;

/** The code's digest: its files' contents, Node's version and the site's address. */
export function codeDigest(root = '.', env: NodeJS.ProcessEnv = process.env): string {
  return combine([...fileHashes(root, CODE_INPUTS), ['node', process.version], ...SETTINGS.map((s) => [`env:${s}`, env[s] ?? ''] as const)]);
}

/** The publish step's figures the pages read (src/downloads/manifest.ts, dates.ts). */
export interface Figures {
  release: Release;
  standings: Standings;
  changes: ChangeLog;
  dates: Record<string, string>;
  /** The data folder's file hashes the publish step made (src/downloads/hashes.ts); hashed anew when absent. */
  hashes?: Record<string, string>;
}

export function readFigures(publishDir: string): Figures {
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
  return {
    release: read(releasePath(publishDir)) as Release,
    standings: read(standingsPath(publishDir)) as Standings,
    changes: read(changesPath(publishDir)) as ChangeLog,
    dates: read(datesPath(publishDir)) as Record<string, string>,
    ...(existsSync(hashesPath(publishDir)) && { hashes: read(hashesPath(publishDir)) as Record<string, string> }),
  };
}

/** The digests of a data folder's site, given the publish step's figures and the code's digest. */
export function buildInputs(dataDir: string, figures: Figures, code: string): BuildInputs {
  const files = figures.hashes ? new Map(Object.entries(figures.hashes)) : fileHashes(dataDir);
  const shared = combine([...files].filter(([p]) => SHARED_INPUTS.some((s) => p === s || p.startsWith(`${s}/`))));
  const own = new Map<string, Array<[string, string]>>();
  for (const [p, h] of files) {
    const id = municipalityOf(p);
    if (id) own.set(id, [...(own.get(id) ?? []), [p, h]]);
  }
  const municipalities: Record<string, string> = {};
  for (const [id, list] of [...own].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const changes = figures.changes.changes.filter((c) => c.municipality === id);
    municipalities[id] = combine([
      ['code', code],
      ['shared', shared],
      ...list,
      ['standing', JSON.stringify(figures.standings[id] ?? null)],
      // A corrected figure prints the release's date ("corrected on …"); without entries the log is not read.
      ['changes', changes.length > 0 ? JSON.stringify({ since: figures.changes.since !== null, changes, updated: figures.changes.release.updated }) : ''],
      ['date', figures.dates[id] ?? figures.release.updated],
    ]);
  }
  const national = combine([
    ['code', code],
    ...files,
    ['release', JSON.stringify(figures.release)],
    ['standings', JSON.stringify(figures.standings)],
    ['changes', JSON.stringify(figures.changes)],
    ['dates', JSON.stringify(figures.dates)],
  ]);
  return { format: INPUTS_FORMAT, code, national, municipalities };
}

export function readInputs(outDir: string): BuildInputs | undefined {
  try {
    const inputs = JSON.parse(readFileSync(inputsPath(outDir), 'utf8')) as BuildInputs;
    return inputs.format === INPUTS_FORMAT && typeof inputs.municipalities === 'object' ? inputs : undefined;
  } catch {
    return undefined;
  }
}

/** The site folders and files of one municipality's pages: every language, and its moved addresses (src/pages/moved/). */
export const municipalityFolders = (id: string): string[] => [...LANGS.map((lang) => join(lang, id)), join('moved', `${id}.json`)];

export type BuildPlan =
  | { kind: 'full'; why: string }
  | {
      kind: 'incremental';
      /** Municipalities to render (changed or new), in id order. */
      render: string[];
      /** Municipalities whose pages are kept from the previous build. */
      keep: string[];
      /** Municipalities no longer in the data: their pages are not carried over. */
      removed: string[];
      /** The national pages always are rendered: they read every municipality's national entry and download. */
      nationalChanged: boolean;
    };

/** What to build, given the previous build's digests (undefined: none) and this one's. */
export function planBuild(previous: BuildInputs | undefined, next: BuildInputs, siteDir?: string): BuildPlan {
  if (!previous) return { kind: 'full', why: 'no digests of a previous build' };
  if (previous.code !== next.code) return { kind: 'full', why: 'the code or the site address changed' };
  const ids = Object.keys(next.municipalities).sort();
  const render = ids.filter((id) => previous.municipalities[id] !== next.municipalities[id]);
  const keep = ids.filter((id) => previous.municipalities[id] === next.municipalities[id]);
  const removed = Object.keys(previous.municipalities).filter((id) => !(id in next.municipalities)).sort();
  if (siteDir) {
    if (!existsSync(join(siteDir, 'index.html'))) return { kind: 'full', why: `no previous site in ${siteDir}` };
    const missing = keep.find((id) => municipalityFolders(id).some((f) => !existsSync(join(siteDir, f))));
    if (missing) return { kind: 'full', why: `the previous site lacks the pages of ${missing}` };
  }
  return { kind: 'incremental', render, keep, removed, nationalChanged: previous.national !== next.national };
}
