/**
 * Version and date of the published data. The version is the package's; the date is that of
 * the last commit touching the data folder, so two builds of one commit write identical files.
 * Outside git (a copied data folder) it falls back to SOURCE_DATE_EPOCH, then to the build time.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Release {
  version: string;
  /** RFC 3339 date-time of the data's last change. */
  updated: string;
  /** Where `updated` came from. */
  updatedFrom: 'git' | 'SOURCE_DATE_EPOCH' | 'build';
}

function gitDate(dataDir: string): string | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', dataDir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /^\d{4}-\d{2}-\d{2}T/.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

export function readRelease(dataDir: string, now: () => Date = () => new Date()): Release {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const fromGit = gitDate(dataDir);
  if (fromGit) return { version, updated: fromGit, updatedFrom: 'git' };
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  if (process.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) {
    return { version, updated: new Date(epoch * 1000).toISOString(), updatedFrom: 'SOURCE_DATE_EPOCH' };
  }
  return { version, updated: now().toISOString(), updatedFrom: 'build' };
}

/** The calendar date of a release, as written by its source (no time-zone shift). */
export const releaseDate = (r: Release): string => r.updated.slice(0, 10);

/**
 * `npm run build` fixes the release once, before the publish step and the page shards start,
 * and hands it to each in this variable: every process prints the same date, and a shard
 * need not wait for the downloads to know it.
 */
export const RELEASE_ENV = 'KG_RELEASE';

export function releaseFromEnv(env: NodeJS.ProcessEnv = process.env): Release | undefined {
  const text = env[RELEASE_ENV];
  if (!text) return undefined;
  const r = JSON.parse(text) as Partial<Release>;
  if (typeof r.version !== 'string' || typeof r.updated !== 'string' || !r.updatedFrom) throw new Error(`${RELEASE_ENV} is not a release: ${text}`);
  return r as Release;
}
