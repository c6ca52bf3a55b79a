/**
 * The publish step: loads and checks a data folder, writes the figures every page needs
 * (release, similar-size standings, change log: a cheap pass over the loaded tables), tells the
 * caller (`onFigures`), then writes every download to `<outDir>/data/` and `<outDir>/manifest.json`
 * (what the catalogue pages show). `npm run build` (src/cli/build.ts) starts the page shards on
 * `onFigures`; only the shard with the catalogue waits for the manifest. No page makes a file.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadData } from '../checks/load.ts';
import { hasErrors } from '../datasets/load.ts';
import { DataError } from '../datasets/problems.ts';
import { dataErrorMessage } from '../i18n/index.ts';
import { allStandings, compareInput } from '../figures/compare.ts';
import { makeDownloads } from './index.ts';
import { CHANGES_PATH, changesPath, manifestPath, releasePath, standingsPath, toManifest, type Manifest } from './manifest.ts';
import { changeLog, releasesAtom } from './changelog.ts';
import { describeFile, directorySink, type FileSink } from './output.ts';
import { readRelease } from './release.ts';
import { ARCHIVE_PATH, writeArchive } from './archive.ts';
import { datesPath, municipalityDates } from './dates.ts';
import { writeLoaded } from '../datasets/handoff.ts';
import { ON_SITE, type Placement } from './catalogue.ts';
import { assetName, RELEASE_FOLDER, releaseAssets, releaseListPath, type ReleaseAssets, type ReleaseList } from './release-assets.ts';

/** A sink for release assets: one flat folder. */
function releaseSink(dir: string): FileSink {
  const inner = directorySink(dir);
  return { open: (path) => inner.open(assetName(path)) };
}

function placementFor(outDir: string, assets: ReleaseAssets | undefined): Placement {
  if (!assets) return ON_SITE;
  return { perMunicipality: ['machine'], combined: { sink: releaseSink(join(outDir, RELEASE_FOLDER)), url: (path) => assets.base + assetName(path) } };
}

export interface PublishOptions {
  dataDir: string;
  /** The publish folder: files go to `data/` in it, the manifest beside that folder. */
  outDir: string;
  /** The absolute URL of /data/ (links inside datapackage.json and the README). */
  site?: URL;
  /** Called once the release, standings and change log are written, before any download. */
  onFigures?: () => void;
  /** Where to leave the loaded data for the page process (src/datasets/handoff.ts), if anywhere. */
  handOff?: string;
}

/** Throws a DataError, writing nothing, when the data has an error. */
export function publishDownloads({ dataDir, outDir, site, onFigures, handOff }: PublishOptions): Manifest {
  const data = loadData(dataDir);
  if (hasErrors(data.problems)) throw new DataError(data.problems, dataErrorMessage(data.problems));
  // A folder left from an earlier run would keep files this data no longer has.
  rmSync(join(outDir, 'data'), { recursive: true, force: true });
  rmSync(join(outDir, RELEASE_FOLDER), { recursive: true, force: true });
  rmSync(releaseListPath(outDir), { force: true });
  mkdirSync(outDir, { recursive: true });
  const release = readRelease(dataDir);
  // What changed since the last published release.
  const log = changeLog(data, dataDir, release);
  writeFileSync(releasePath(outDir), JSON.stringify(release));
  writeFileSync(changesPath(outDir), JSON.stringify(log));
  writeFileSync(standingsPath(outDir), JSON.stringify(allStandings(data.municipalities.map(compareInput))));
  writeFileSync(datesPath(outDir), JSON.stringify(municipalityDates(dataDir, data.municipalities.map((m) => m.profile.id), release)));
  onFigures?.();
  if (handOff) writeLoaded(handOff, data);
  const sink = directorySink(join(outDir, 'data'));
  const assets = releaseAssets(release.version);
  const downloads = makeDownloads(data, release, site, sink, placementFor(outDir, assets));
  // The change log and the feed of releases, as downloads too.
  for (const [path, text] of [
    [CHANGES_PATH, () => JSON.stringify(log)],
    ['releases.atom', () => releasesAtom(log, dataDir, site)],
  ] as const)
    downloads.files.set(path, describeFile(path, () => [text()], sink));
  const manifest = toManifest(downloads);
  writeFileSync(manifestPath(outDir), JSON.stringify(manifest));
  return manifest;
}

/** The whole publish step: the downloads, then `/data/all.zip` of them, listed last in the manifest. */
export async function publishAll(options: PublishOptions): Promise<Manifest> {
  const manifest = publishDownloads(options);
  const assets = releaseAssets(manifest.release.version);
  const dataDir = join(options.outDir, 'data');
  const zip = assets
    ? { ...(await writeArchive(dataDir, manifest.files, manifest.release.updated, join(options.outDir, RELEASE_FOLDER, ARCHIVE_PATH))), url: assets.base + ARCHIVE_PATH }
    : await writeArchive(dataDir, manifest.files, manifest.release.updated);
  const full: Manifest = { ...manifest, files: [...manifest.files, zip] };
  writeFileSync(manifestPath(options.outDir), JSON.stringify(full));
  if (assets) {
    const files = full.files.flatMap((f) => (f.url ? [{ name: assetName(f.path), path: f.path, bytes: f.bytes, sha256: f.sha256, url: f.url }] : []));
    writeFileSync(releaseListPath(options.outDir), JSON.stringify({ ...assets, files } satisfies ReleaseList, null, 1));
  }
  return full;
}
