/**
 * The publish step: loads and checks a data folder and writes every download to `<outDir>/data/`,
 * then `<outDir>/manifest.json` (what the catalogue pages show). It runs before `astro build`
 * (src/cli/build.ts), so no page makes a file and the pages only read the manifest.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadData } from '../checks/load.ts';
import { hasErrors } from '../datasets/load.ts';
import { DataError } from '../datasets/problems.ts';
import { dataErrorMessage } from '../i18n/index.ts';
import { allStandings, compareInput } from '../figures/compare.ts';
import { makeDownloads } from './index.ts';
import { manifestPath, standingsPath, toManifest, type Manifest } from './manifest.ts';
import { CHANGES_PATH } from './manifest.ts';
import { changeLog, releasesAtom } from './changelog.ts';
import { describeFile, directorySink } from './output.ts';
import { readRelease } from './release.ts';
import { writeArchive } from './archive.ts';

export interface PublishOptions {
  dataDir: string;
  /** The publish folder: files go to `data/` in it, the manifest beside that folder. */
  outDir: string;
  /** The absolute URL of /data/ (links inside datapackage.json and the README). */
  site?: URL;
}

/** Throws a DataError, writing nothing, when the data has an error. */
export function publishDownloads({ dataDir, outDir, site }: PublishOptions): Manifest {
  const data = loadData(dataDir);
  if (hasErrors(data.problems)) throw new DataError(data.problems, dataErrorMessage(data.problems));
  // A folder left from an earlier run would keep files this data no longer has.
  rmSync(join(outDir, 'data'), { recursive: true, force: true });
  const release = readRelease(dataDir);
  const sink = directorySink(join(outDir, 'data'));
  const downloads = makeDownloads(data, release, site, sink);
  // What changed since the last published release, and the feed of releases.
  const log = changeLog(data, dataDir, release);
  for (const [path, text] of [
    [CHANGES_PATH, () => JSON.stringify(log)],
    ['releases.atom', () => releasesAtom(log, dataDir, site)],
  ] as const)
    downloads.files.set(path, describeFile(path, () => [text()], sink));
  const manifest = toManifest(downloads);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(manifestPath(outDir), JSON.stringify(manifest));
  // Each municipality's standing among similar-size ones needs the whole country: computed here
  // once, so a shard that renders only some municipalities shows the same standing.
  writeFileSync(standingsPath(outDir), JSON.stringify(allStandings(data.municipalities.map(compareInput))));
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
