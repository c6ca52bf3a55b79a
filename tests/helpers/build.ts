/** Extra site builds for tests that need their own output (a fixture data folder, a second build). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

/** Builds the site into `outDir` with the project's build command; throws with its output when it fails. */
export function buildInto(outDir: string, env: Record<string, string> = {}, args: readonly string[] = []): void {
  const run = spawnSync(process.execPath, ['src/cli/build.ts', '--silent', '--outDir', outDir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
}
