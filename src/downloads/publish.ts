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
import { describeFile, directorySink } from './output.ts';
import { readRelease } from './release.ts';
import { writeArchive } from './archive.ts';
import { datesPath, municipalityDates } from './dates.ts';
import { writeLoaded } from '../datasets/handoff.ts';

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
  const downloads = makeDownloads(data, release, site, sink);
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
  const zip = await writeArchive(join(options.outDir, 'data'), manifest.files, manifest.release.updated);
  const full: Manifest = { ...manifest, files: [...manifest.files, zip] };
  writeFileSync(manifestPath(options.outDir), JSON.stringify(full));
  return full;
}
