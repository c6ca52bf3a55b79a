/** Extra site builds for tests that need their own output (a fixture data folder, a second build). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

/** Builds the site into `outDir`; throws with the build's output when it fails. */
export function buildInto(outDir: string, env: Record<string, string> = {}): void {
  const run = spawnSync('npx', ['astro', 'build', '--silent', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
}
