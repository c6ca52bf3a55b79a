/**
 * The publish step: loads and checks a data folder, writes the figures every page needs
 * (release, similar-size standings, change log: a cheap pass over the loaded tables), tells the
 * caller (`onFigures`), then writes every download to `<outDir>/data/` and `<outDir>/manifest.json`
 * (what the catalogue pages show). `npm run build` (src/cli/build.ts) starts the page shards on
 * `onFigures`; only the shard with the catalogue waits for the manifest. No page makes a file.
 */
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { serialize } from 'node:v8';
import { isoToday } from '../checks/dates.ts';
import { loadData } from '../checks/load.ts';
import { hasErrors } from '../datasets/load.ts';
import { DataError } from '../datasets/problems.ts';
import { dataErrorMessage } from '../i18n/index.ts';
import { allStandings } from '../figures/compare.ts';
import { nationalEntry } from '../figures/national.ts';
import { makeDownloads } from './index.ts';
import { CHANGES_PATH, changesPath, manifestPath, nationalPath, releasePath, standingsPath, toManifest, type Manifest, type ManifestFile } from './manifest.ts';
import { changeLog, releasesAtom } from './changelog.ts';
import { describeFile, directorySink, type FileSink } from './output.ts';
import { readRelease } from './release.ts';
import { ARCHIVE_PATH, writeArchive, writeArchiveReusing } from './archive.ts';
import { zipIndex } from './archive-reuse.ts';
import { datesPath, municipalityDates } from './dates.ts';
import { writeLoaded } from '../datasets/handoff.ts';
import { ON_SITE, type Placement } from './catalogue.ts';
import { fileHashes, hashesPath } from './hashes.ts';
import { keepLoaded, loadWithCache, municipalityKeys, writeCache, type CachedCombined, type CachedLoad, type KeptFile } from './publish-cache.ts';
import { assetName, RELEASE_FOLDER, releaseAssets, releaseDirOf, releaseListPath, type ReleaseAssets, type ReleaseList } from './release-assets.ts';

/** A sink for release assets: one flat folder. */
function releaseSink(dir: string): FileSink {
  const inner = directorySink(dir);
  return { open: (path) => inner.open(assetName(path)) };
}

function placementFor(outDir: string, assets: ReleaseAssets | undefined): Placement {
  if (!assets) return { ...ON_SITE };
  return { perMunicipality: ['machine'], combined: { sink: releaseSink(join(outDir, RELEASE_FOLDER)), url: (path) => assets.base + assetName(path) } };
}

/**
 * Moves the files of unchanged municipalities (`kept`: the cache's list, by municipality) from the
 * previous site's data/ to this one, where the size still matches; the rest are made again.
 */
function takeKeptFiles(kept: ReadonlyMap<string, Record<string, KeptFile>>, previousData: string, data: string): Map<string, KeptFile> {
  const taken = new Map<string, KeptFile>();
  for (const files of kept.values())
    for (const [path, file] of Object.entries(files)) {
      const from = join(previousData, path);
      try {
        if (statSync(from).size !== file.bytes) continue;
        const to = join(data, path);
        mkdirSync(dirname(to), { recursive: true });
        renameSync(from, to);
        taken.set(path, file);
      } catch {
        // Gone from the previous site: made again.
      }
    }
  return taken;
}

/**
 * The combined tables made from pieces: unchanged municipalities' pieces copied from the previous
 * build's files (src/downloads/combined-pieces.ts). `files`: where each piece lies now, for the cache.
 */
function combinedFromPieces(placement: Placement, load: CachedLoad, previousSite: string | undefined, assets: ReleaseAssets | undefined) {
  const files: Record<string, CachedCombined> = {};
  let copied = 0;
  placement.pieces = {
    previous: (path) => {
      const old = load.combined?.[path];
      if (!old || !previousSite) return undefined;
      copied++;
      return { file: assets ? join(releaseDirOf(previousSite), assetName(path)) : join(previousSite, 'data', path), ...old };
    },
    reuse: (id) => load.reused.has(id),
    record: (path, pieces) => (files[path] = { bytes: 0, pieces }),
  };
  return { files, copied: () => copied };
}

export interface PublishOptions {
  dataDir: string;
  /** The publish folder: files go to `data/` in it, the manifest beside that folder. */
  outDir: string;
  /** The absolute URL of /data/ (links inside datapackage.json and the README). */
  site?: URL;
  /** Called once the release, standings, change log and hand-off are written, before any download. */
  onFigures?: () => void;
  /** Where to leave the loaded data for the page process (src/datasets/handoff.ts), if anywhere. */
  handOff?: string;
  /**
   * The publish cache (src/downloads/publish-cache.ts): written when given; with `reuse`, the
   * municipalities whose key is unchanged are read from it and their files taken from `previousSite`
   * (the previous site: its data/ and its release assets beside it), where they still are with the size the cache records.
   */
  cache?: { dir: string; code: string; reuse: boolean; previousSite?: string };
  /** Where the step's time went, for the build's timings line. */
  timings?: string[];
}

/** Throws a DataError, writing nothing, when the data has an error. */
export function publishDownloads(options: PublishOptions): Manifest {
  return publishWith(options).manifest;
}

const since = (t: number) => ((performance.now() - t) / 1000).toFixed(1);

function publishWith({ dataDir, outDir, site, onFigures, handOff, cache, timings = [] }: PublishOptions): { manifest: Manifest; load: CachedLoad | undefined; combined: Record<string, CachedCombined> } {
  let t = performance.now();
  // One hash per data file: the release's data hash, the build's digests and the cache keys.
  const hashes = fileHashes(dataDir);
  timings.push(`hashes ${since(t)} s`);
  t = performance.now();
  const today = isoToday();
  const load = cache ? loadWithCache(dataDir, municipalityKeys(hashes, cache.code, today), cache, today) : undefined;
  if (load?.why && cache?.reuse) console.log(`publish cache: every municipality loaded, as ${load.why}`);
  const data = load?.data ?? loadData(dataDir, { today });
  timings.push(`load ${since(t)} s (${load?.reused.size ?? 0} of ${data.municipalities.length} from the cache)`);
  t = performance.now();
  if (hasErrors(data.problems)) throw new DataError(data.problems, dataErrorMessage(data.problems));
  // A folder left from an earlier run would keep files this data no longer has.
  rmSync(join(outDir, 'data'), { recursive: true, force: true });
  rmSync(join(outDir, RELEASE_FOLDER), { recursive: true, force: true });
  rmSync(releaseListPath(outDir), { force: true });
  mkdirSync(outDir, { recursive: true });
  const release = readRelease(dataDir, undefined, hashes);
  writeFileSync(hashesPath(outDir), JSON.stringify(Object.fromEntries(hashes)));
  // What changed since the last published release.
  const log = changeLog(data, dataDir, release);
  writeFileSync(releasePath(outDir), JSON.stringify(release));
  writeFileSync(changesPath(outDir), JSON.stringify(log));
  const national = data.municipalities.map(nationalEntry);
  writeFileSync(nationalPath(outDir), serialize(national));
  writeFileSync(standingsPath(outDir), JSON.stringify(allStandings(national.map((e) => e.compare))));
  writeFileSync(datesPath(outDir), JSON.stringify(municipalityDates(dataDir, data.municipalities.map((m) => m.profile.id), release)));
  timings.push(`figures ${since(t)} s`);
  t = performance.now();
  // Before the signal: the page processes it starts read this file first.
  const entries = cache && load?.entries;
  if (handOff) writeLoaded(handOff, data, load?.serialised, entries ? (id, record) => keepLoaded(cache.dir, entries.get(id)!.key, () => record) : undefined);
  timings.push(`hand-off ${since(t)} s`);
  onFigures?.();
  t = performance.now();
  const sink = directorySink(join(outDir, 'data'));
  const assets = releaseAssets(release.version);
  const placement = placementFor(outDir, assets);
  // Unchanged municipalities' own files, moved over from the previous site first: the catalogue only looks them up.
  const taken = load?.kept && cache?.previousSite ? takeKeptFiles(load.kept, join(cache.previousSite, 'data'), join(outDir, 'data')) : new Map<string, KeptFile>();
  if (taken.size) placement.kept = (path) => taken.get(path);
  const combined = load?.entries ? combinedFromPieces(placement, load, cache?.reuse ? cache.previousSite : undefined, assets) : undefined;
  const downloads = makeDownloads(data, release, site, sink, placement);
  // A file moved over that this build did not list (none, while the key covers what makes the files) is not published.
  for (const path of taken.keys()) if (!downloads.files.has(path)) rmSync(join(outDir, 'data', path), { force: true });
  for (const [path, c] of Object.entries(combined?.files ?? {})) c.bytes = downloads.files.get(path)?.bytes ?? 0;
  timings.push(`downloads ${since(t)} s (${taken.size} files kept, ${combined?.copied() ?? 0} combined files from pieces)`);
  // The change log and the feed of releases, as downloads too.
  for (const [path, text] of [
    [CHANGES_PATH, () => JSON.stringify(log)],
    ['releases.atom', () => releasesAtom(log, dataDir, site)],
  ] as const)
    downloads.files.set(path, describeFile(path, () => [text()], sink));
  const manifest = toManifest(downloads);
  writeFileSync(manifestPath(outDir), JSON.stringify(manifest));
  return { manifest, load, combined: combined?.files ?? {} };
}

/** The whole publish step: the downloads, then `/data/all.zip` of them, listed last in the manifest. */
export async function publishAll(options: PublishOptions): Promise<Manifest> {
  const { manifest, load, combined } = publishWith(options);
  const t = performance.now();
  const assets = releaseAssets(manifest.release.version);
  const dataDir = join(options.outDir, 'data');
  const zipPath = assets ? join(options.outDir, RELEASE_FOLDER, ARCHIVE_PATH) : join(dataDir, ARCHIVE_PATH);
  // An incremental build copies unchanged files' entries from the previous all.zip (src/downloads/archive-reuse.ts).
  const before = load?.archive;
  const previousSite = options.cache?.reuse ? options.cache.previousSite : undefined;
  const previousZip = previousSite && (assets ? join(releaseDirOf(previousSite), assetName(ARCHIVE_PATH)) : join(previousSite, 'data', ARCHIVE_PATH));
  const shaOf = new Map(manifest.files.map((f) => [f.path, f.sha256]));
  const sameFile = (path: string) => before!.updated === manifest.release.updated && before!.files[path] === shaOf.get(path);
  let reused = 0;
  let made: ManifestFile;
  if (before && previousZip) ({ file: made, reused } = await writeArchiveReusing(dataDir, manifest.files, manifest.release.updated, zipPath, { previous: previousZip, central: before.central, same: sameFile }));
  else made = await writeArchive(dataDir, manifest.files, manifest.release.updated, zipPath);
  const zip = assets ? { ...made, url: assets.base + ARCHIVE_PATH } : made;
  const full: Manifest = { ...manifest, files: [...manifest.files, zip] };
  writeFileSync(manifestPath(options.outDir), JSON.stringify(full));
  if (assets) {
    const files = full.files.flatMap((f) => (f.url ? [{ name: assetName(f.path), path: f.path, bytes: f.bytes, sha256: f.sha256, url: f.url }] : []));
    writeFileSync(releaseListPath(options.outDir), JSON.stringify({ ...assets, files } satisfies ReleaseList, null, 1));
  }
  options.timings?.push(`all.zip ${since(t)} s (${reused} entries copied)`);
  if (options.cache && load) {
    const t2 = performance.now();
    const own = new Map<string, Record<string, KeptFile>>();
    for (const f of manifest.files)
      if (f.municipality && !f.url) {
        let files = own.get(f.municipality);
        if (!files) own.set(f.municipality, (files = {}));
        files[f.path] = { bytes: f.bytes, sha256: f.sha256 };
      }
    const central = zipIndex(zipPath)?.central;
    const archive = central && { updated: manifest.release.updated, central, files: Object.fromEntries(manifest.files.filter((f) => !f.url).map((f) => [f.path, f.sha256])) };
    writeCache(options.cache.dir, options.cache.code, load, own, archive || undefined, combined);
    options.timings?.push(`cache ${since(t2)} s`);
  }
  return full;
}
