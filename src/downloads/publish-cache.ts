/**
 * The publish step's cache (issue 17): each municipality's loaded and checked data and the
 * download files made of it, from the previous build, so an incremental build loads, checks and
 * writes only the municipalities whose files changed.
 *
 * It lives beside the site, in `<outDir>.publish-cache/` (as `<outDir>.build-inputs.json` does,
 * src/build/incremental.ts): the site holds only what is published, and the workflow keeps both
 * in its actions/cache. In it:
 * - `loaded/<key>.v8`: one municipality's loaded data (V8's structured serialisation, the
 *   hand-off's record, src/datasets/handoff.ts), named by its key;
 * - `index.json`: per municipality its key, its problems (from reading its files, and from the
 *   checks across its files, apart: the full list is put back in the order a full load gives)
 *   and its own download files (path, bytes, SHA-256), which the previous site still holds under data/.
 *
 * A municipality's key is a digest of its own files, the shared inputs (sources.json,
 * documents/: the checks read them), the code, the day (the "not in the future" checks) and this
 * format. The publish step writes its index as `index.next.json`, after every file it names;
 * `npm run build` makes it `index.json` only once the new site and its release assets are in place,
 * so the index always describes the site beside it (the files it keeps, the combined files and
 * all.zip it copies from), and a build that fails or is stopped leaves the previous one. Anything unclear (no index, another
 * format or code, an unreadable file, a problem outside the municipality's folder, an error in the
 * data) loads the whole folder as before, saying why in one line.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { runChecks } from '../checks/cross-file.ts';
import { loadData } from '../checks/load.ts';
import { hasErrors, municipalityIds, readData, type LoadedData, type MunicipalityData } from '../datasets/load.ts';
import type { Problem } from '../datasets/problems.ts';
import { SHARED_INPUTS } from './dates.ts';
import type { Pieces } from './combined-pieces.ts';
import { combineHashes, municipalityOf } from './hashes.ts';
import { Strings } from '../datasets/intern.ts';

export const PUBLISH_CACHE_FORMAT = 1;

/** The cache of the site built into `outDir`. */
export const publishCacheOf = (outDir: string) => `${outDir}.publish-cache`;

/** A municipality's own download file as the manifest lists it. */
export interface KeptFile {
  bytes: number;
  sha256: string;
}

export interface CachedMunicipality {
  key: string;
  /** Problems found reading its files, in order. */
  load: Problem[];
  /** Problems of the checks across its files, in order. */
  checks: Problem[];
  /** Its own download files under data/ (path → size and hash). */
  files: Record<string, KeptFile>;
}

/** The previous all.zip: its release date, its central directory's SHA-256, and its files' SHA-256 by path. */
export interface CachedArchive {
  updated: string;
  central: string;
  files: Record<string, string>;
}

/** A combined file of the previous build: its size and where each municipality's piece lies (src/downloads/combined-pieces.ts). */
export interface CachedCombined {
  bytes: number;
  pieces: Pieces;
}

export interface CacheIndex {
  format: number;
  code: string;
  municipalities: Record<string, CachedMunicipality>;
  archive?: CachedArchive;
  /** By path under /data/. */
  combined?: Record<string, CachedCombined>;
}

const indexPath = (dir: string) => join(dir, 'index.json');
const nextIndexPath = (dir: string) => join(dir, 'index.next.json');
const loadedPath = (dir: string, key: string) => join(dir, 'loaded', `${key}.v8`);

export function readCacheIndex(dir: string, code: string): { index: CacheIndex } | { why: string } {
  let index: CacheIndex;
  try {
    index = JSON.parse(readFileSync(indexPath(dir), 'utf8')) as CacheIndex;
  } catch (e) {
    return { why: existsSync(indexPath(dir)) ? `its index is unreadable (${(e as Error).message})` : `there is none in ${dir}` };
  }
  if (index.format !== PUBLISH_CACHE_FORMAT || typeof index.municipalities !== 'object' || index.municipalities === null) return { why: `its format is not ${PUBLISH_CACHE_FORMAT}` };
  if (index.code !== code) return { why: 'the code or the site address changed' };
  return { index };
}

/** Each municipality's key, from the data folder's file hashes (src/downloads/hashes.ts). */
export function municipalityKeys(hashes: ReadonlyMap<string, string>, code: string, today: string): Map<string, string> {
  const shared = combineHashes([...hashes].filter(([p]) => SHARED_INPUTS.some((s) => p === s || p.startsWith(`${s}/`))));
  const own = new Map<string, Array<[string, string]>>();
  for (const [p, h] of hashes) {
    const id = municipalityOf(p);
    if (!id) continue;
    let list = own.get(id);
    if (!list) own.set(id, (list = []));
    list.push([p, h]);
  }
  return new Map([...own].map(([id, list]) => [id, combineHashes([['format', String(PUBLISH_CACHE_FORMAT)], ['code', code], ['today', today], ['shared', shared], ...list])]));
}

/** Problems grouped by the municipality whose folder they name, in order; undefined when one names no municipality of `ids`. */
function byMunicipality(problems: readonly Problem[], ids: readonly string[]): Map<string, Problem[]> | undefined {
  const groups = new Map(ids.map((id) => [id, [] as Problem[]]));
  for (const p of problems) {
    const group = groups.get(municipalityOf(p.file) ?? '');
    if (!group) return undefined;
    group.push(p);
  }
  // A full load lists them municipality after municipality: the groups must give the same list back.
  const again = ids.flatMap((id) => groups.get(id)!);
  return again.every((p, i) => p === problems[i]) ? groups : undefined;
}

export interface CachedLoad {
  data: LoadedData;
  /** Each municipality's cache entry (without its files) when the load can be cached. */
  entries?: Map<string, Omit<CachedMunicipality, 'files'>>;
  /** Serialised records of the municipalities read from the cache (for the hand-off). */
  serialised: Map<string, Uint8Array>;
  /** Municipalities loaded from the cache. */
  reused: Set<string>;
  /** Their own download files as the previous build wrote them (the cache's index). */
  kept?: Map<string, Record<string, KeptFile>>;
  /** The previous build's all.zip, as the cache's index describes it. */
  archive?: CachedArchive;
  /** The previous build's combined files. */
  combined?: Record<string, CachedCombined>;
  /** Why the whole folder was loaded, when it was. */
  why?: string;
}

/** The full list of problems, as src/checks/load.ts gives it, from the pieces. */
function assemble(ids: readonly string[], entries: ReadonlyMap<string, Omit<CachedMunicipality, 'files'>>, shared: readonly Problem[]): Problem[] {
  return [...ids.flatMap((id) => entries.get(id)!.load), ...shared, ...ids.flatMap((id) => entries.get(id)!.checks)];
}

/** Loads and checks `ids` afresh, each municipality's problems apart; undefined when they cannot be told apart (or there is an error). */
function loadFresh(dataDir: string, ids: readonly string[], today: string): { data: LoadedData; entries: Map<string, Omit<CachedMunicipality, 'files' | 'key'>>; shared: Problem[] } | undefined {
  const read = readData(dataDir, { only: new Set(ids) });
  if (read.halted || hasErrors(read.problems) || read.municipalities.length !== ids.length) return undefined;
  const loadProblems = byMunicipality(read.problems, ids);
  if (!loadProblems) return undefined;
  // runChecks checks the sources, then each municipality in turn: one at a time tells them apart.
  const shared = runChecks([], read.sources, { today });
  const entries = new Map<string, Omit<CachedMunicipality, 'files' | 'key'>>();
  for (const m of read.municipalities) {
    const checks = runChecks([m], read.sources, { today }).slice(shared.length);
    if (hasErrors(checks) || checks.some((p) => municipalityOf(p.file) !== m.profile.id)) return undefined;
    entries.set(m.profile.id, { load: loadProblems.get(m.profile.id)!, checks });
  }
  return { data: read, entries, shared };
}

/**
 * The data folder loaded and checked, from the cache where a municipality's key is unchanged;
 * its result equals src/checks/load.ts's `loadData` (tests/build/incremental.test.ts).
 */
export function loadWithCache(dataDir: string, keys: ReadonlyMap<string, string>, cache: { dir: string; code: string; reuse: boolean }, today: string): CachedLoad {
  const ids = municipalityIds(dataDir);
  const full = (why: string): CachedLoad => {
    const fresh = ids.length > 0 && keys.size === ids.length ? loadFresh(dataDir, ids, today) : undefined;
    if (!fresh) return { data: loadData(dataDir, { today }), serialised: new Map(), reused: new Set(), why: `${why}; its municipalities are not cached (an error or an unclear problem)` };
    const entries = new Map([...fresh.entries].map(([id, e]) => [id, { key: keys.get(id)!, ...e }]));
    return { data: { ...fresh.data, problems: assemble(ids, entries, fresh.shared) }, entries, serialised: new Map(), reused: new Set(), why };
  };
  if (!cache.reuse) return full('not an incremental build');
  const found = readCacheIndex(cache.dir, cache.code);
  if ('why' in found) return full(found.why);
  const { index } = found;
  const reused = new Map<string, { m: MunicipalityData; bytes: Uint8Array }>();
  const strings = new Strings();
  for (const id of ids) {
    const entry = index.municipalities[id];
    if (!entry || entry.key !== keys.get(id)) continue;
    try {
      const bytes = readFileSync(loadedPath(cache.dir, entry.key));
      const m = strings.intern(deserialize(bytes) as MunicipalityData);
      if (m?.profile?.id !== id) return full(`its file of ${id} is not that municipality's`);
      reused.set(id, { m, bytes });
    } catch (e) {
      return full(`its file of ${id} is unreadable (${(e as Error).message})`);
    }
  }
  const changed = ids.filter((id) => !reused.has(id));
  const fresh = loadFresh(dataDir, changed, today);
  // An error (or a problem of unclear owner): the whole folder, for the very message a full load gives.
  if (!fresh) return { data: loadData(dataDir, { today }), serialised: new Map(), reused: new Set(), why: `the changed municipalities (${changed.join(', ')}) have an error or an unclear problem` };
  const entries = new Map<string, Omit<CachedMunicipality, 'files'>>();
  const freshOnes = new Map(fresh.data.municipalities.map((m) => [m.profile.id, m]));
  for (const id of ids) {
    const own = fresh.entries.get(id);
    entries.set(id, own ? { key: keys.get(id)!, ...own } : { key: index.municipalities[id]!.key, load: index.municipalities[id]!.load, checks: index.municipalities[id]!.checks });
  }
  const municipalities = ids.map((id) => reused.get(id)?.m ?? freshOnes.get(id)!);
  return {
    data: { municipalities, sources: fresh.data.sources, problems: assemble(ids, entries, fresh.shared) },
    entries,
    serialised: new Map([...reused].map(([id, r]) => [id, r.bytes])),
    reused: new Set(reused.keys()),
    kept: new Map([...reused.keys()].map((id) => [id, index.municipalities[id]!.files])),
    ...(index.archive && { archive: index.archive }),
    ...(index.combined && { combined: index.combined }),
  };
}

/**
 * One municipality's loaded record in the cache, unless there already (the publish step gives the
 * hand-off's bytes as it writes them, so a whole build serialises each municipality once).
 */
export function keepLoaded(dir: string, key: string, record: () => Uint8Array): void {
  const path = loadedPath(dir, key);
  if (existsSync(path)) return;
  mkdirSync(join(dir, 'loaded'), { recursive: true });
  // Whole or not at all: a file is named by its key, and a half-written one would be read.
  writeFileSync(`${path}.part`, record());
  renameSync(`${path}.part`, path);
}

/** Writes the cache of this publish step: the loaded records not there yet, then the index; drops files no entry names. */
export function writeCache(dir: string, code: string, load: CachedLoad, files: ReadonlyMap<string, Record<string, KeptFile>>, archive?: CachedArchive, combined?: Record<string, CachedCombined>): void {
  rmSync(nextIndexPath(dir), { force: true });
  if (!load.entries) return;
  const municipalities: Record<string, CachedMunicipality> = {};
  for (const m of load.data.municipalities) {
    const id = m.profile.id;
    const entry = load.entries.get(id)!;
    keepLoaded(dir, entry.key, () => serialize(m));
    municipalities[id] = { ...entry, files: files.get(id) ?? {} };
  }
  writeFileSync(nextIndexPath(dir), JSON.stringify({ format: PUBLISH_CACHE_FORMAT, code, municipalities, ...(archive && { archive }), ...(combined && { combined }) } satisfies CacheIndex));
}

/**
 * Makes the index the publish step wrote the cache's index, once the site and its release assets
 * are in place (src/cli/build.ts, last): the index always describes the site beside it. Without a
 * new index (a build without the cache) the old one goes. Drops loaded records no entry names.
 */
export function installCache(dir: string): void {
  if (!existsSync(nextIndexPath(dir))) {
    rmSync(indexPath(dir), { force: true });
    return;
  }
  renameSync(nextIndexPath(dir), indexPath(dir));
  const index = readCacheIndex(dir, (JSON.parse(readFileSync(indexPath(dir), 'utf8')) as CacheIndex).code);
  if (!('index' in index) || !existsSync(join(dir, 'loaded'))) return;
  const named = new Set(Object.values(index.index.municipalities).map((m) => `${m.key}.v8`));
  for (const f of readdirSync(join(dir, 'loaded'))) if (!named.has(f)) rmSync(join(dir, 'loaded', f), { force: true });
}

/** Forgets both indexes: what is beside the site is no longer what either describes. */
export function forgetCache(dir: string): void {
  rmSync(nextIndexPath(dir), { force: true });
  rmSync(indexPath(dir), { force: true });
}

/** Forgets the index a failed or stopped build's publish step wrote. */
export const dropNextIndex = (dir: string) => rmSync(nextIndexPath(dir), { force: true });
