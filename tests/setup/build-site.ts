/**
 * Builds the site from the bundled data once before the tests that read `dist/`.
 * Set SKIP_BUILD=1 to reuse an existing `dist/` while working on tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (process.env.SKIP_BUILD === '1' && existsSync('dist/index.html')) return;
  execFileSync(process.execPath, ['src/cli/build.ts', '--silent'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}
