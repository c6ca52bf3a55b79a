/**
 * Version and date of the published data; both move with the data. The version is
 * `<major>.<minor>.<n>+<hash>`: the package's major and minor, n = the number of commits that
 * changed the data folder (one more while it has uncommitted changes), and the first 8 hex of a
 * SHA-256 over the data files, so any change of the data gives a new version. The date is that
 * of the last commit touching the data folder, so two builds of one commit write identical
 * files; with uncommitted changes or outside git (a copied data folder) it falls back to
 * SOURCE_DATE_EPOCH, then to the build time.
 */
import { readFileSync } from 'node:fs';
import { git } from './git.ts';
import { combineHashes, fileHashes } from './hashes.ts';
import { dataIsDirty } from './previous.ts';

export interface Release {
  version: string;
  /** RFC 3339 date-time of the data's last change. */
  updated: string;
  /** Where `updated` came from. */
  updatedFrom: 'git' | 'SOURCE_DATE_EPOCH' | 'build';
}

function gitDate(dataDir: string): string | undefined {
  try {
    const out = git(['log', '-1', '--format=%cI', '--', dataDir]).trim();
    return /^\d{4}-\d{2}-\d{2}T/.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

function dataCommitCount(dataDir: string): number | undefined {
  try {
    const n = Number(git(['rev-list', '--count', 'HEAD', '--', dataDir]).trim());
    return Number.isInteger(n) ? n : undefined;
  } catch {
    return undefined;
  }
}

/**
 * SHA-256 over every file of the data folder (its path and its own SHA-256, in path order), hex;
 * from the publish step's one hashing of the folder when given (src/downloads/hashes.ts).
 */
export function dataHash(dataDir: string, hashes: ReadonlyMap<string, string> = fileHashes(dataDir)): string {
  return combineHashes(hashes);
}

export function dataVersion(packageVersion: string, commits: number | undefined, hash: string): string {
  const [major = '0', minor = '0', patch = '0'] = packageVersion.split(/[.+-]/);
  return `${major}.${minor}.${commits ?? patch}+${hash.slice(0, 8)}`;
}

export function readRelease(dataDir: string, now: () => Date = () => new Date(), hashes?: ReadonlyMap<string, string>): Release {
  const { version: packageVersion } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const dirty = dataIsDirty(dataDir);
  const count = dataCommitCount(dataDir);
  const version = dataVersion(packageVersion, count === undefined ? undefined : count + (dirty ? 1 : 0), dataHash(dataDir, hashes));
  const fromGit = dirty ? undefined : gitDate(dataDir);
  if (fromGit) return { version, updated: fromGit, updatedFrom: 'git' };
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  if (process.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) {
    return { version, updated: new Date(epoch * 1000).toISOString(), updatedFrom: 'SOURCE_DATE_EPOCH' };
  }
  return { version, updated: now().toISOString(), updatedFrom: 'build' };
}

/** The calendar date of a release, as written by its source (no time-zone shift). */
export const releaseDate = (r: Release): string => r.updated.slice(0, 10);
