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
import { makeDownloads } from './index.ts';
import { manifestPath, toManifest, type Manifest } from './manifest.ts';
import { directorySink } from './output.ts';
import { readRelease, releaseFromEnv } from './release.ts';

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
  const downloads = makeDownloads(data, releaseFromEnv() ?? readRelease(dataDir), site, directorySink(join(outDir, 'data')));
  const manifest = toManifest(downloads);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(manifestPath(outDir), JSON.stringify(manifest));
  return manifest;
}
