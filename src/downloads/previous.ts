/**
 * The last published release of the data, to compare this one with: the folder named by
 * KG_PREVIOUS_DATA (e.g. the previous all.zip unpacked), else, in git, the data folder as the
 * last commit before the current data had it (HEAD's when the data has uncommitted changes).
 * Also the list of data releases (commits touching the data folder) for the Atom feed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { git } from './git.ts';

export const PREVIOUS_DATA_ENV = 'KG_PREVIOUS_DATA';



export interface ReleaseCommit {
  commit: string;
  date: string;
  subject: string;
}

/** Commits touching the data folder, newest first (at most `max`); [] outside git. */
export function dataCommits(dataDir: string, max = 50): ReleaseCommit[] {
  try {
    return git(['log', `-${max}`, '--format=%H%x09%cI%x09%s', '--', dataDir])
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const [commit, date, subject] = l.split('\t') as [string, string, string];
        return { commit, date, subject };
      });
  } catch {
    return [];
  }
}

export const dataIsDirty = (dataDir: string): boolean => {
  try {
    return git(['status', '--porcelain', '--', dataDir]).trim() !== '';
  } catch {
    return false;
  }
};

export interface PreviousData {
  dir: string;
  /** The commit it was taken from (git), or the folder given. */
  ref: string;
  date: string | undefined;
  cleanup(): void;
}

/** The previous release's data folder, or undefined when there is none (the first release, no git). */
export function previousData(dataDir: string, env: NodeJS.ProcessEnv = process.env): PreviousData | undefined {
  const given = env[PREVIOUS_DATA_ENV];
  if (given) return { dir: given, ref: given, date: undefined, cleanup: () => {} };
  const commits = dataCommits(dataDir, 2);
  const base = dataIsDirty(dataDir) ? commits[0] : commits[1];
  if (!base) return undefined;
  try {
    const top = git(['rev-parse', '--show-toplevel']).trim();
    const inRepo = relative(top, resolve(dataDir));
    if (inRepo.startsWith('..')) return undefined;
    const tmp = mkdtempSync(join(tmpdir(), 'kg-previous-'));
    execFileSync('sh', ['-c', `git archive "$1" -- "$2" | tar -x -C "$3"`, 'sh', base.commit, inRepo || '.', tmp], { cwd: top, stdio: ['ignore', 'ignore', 'pipe'] });
    return { dir: join(tmp, inRepo), ref: base.commit, date: base.date, cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
  } catch {
    return undefined;
  }
}
