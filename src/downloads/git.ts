/**
 * The one way the publish step asks git about the data folder (release.ts, dates.ts,
 * previous.ts): output as text; throws outside a repository (callers fall back).
 */
import { execFileSync } from 'node:child_process';

export const git = (args: readonly string[], cwd?: string): string =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], cwd, maxBuffer: 1 << 30 });
