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
