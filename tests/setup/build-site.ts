/**
 * Builds the site from the fixture data (tests/fixtures/data) into its own folder (dist-test/)
 * once before the tests that read it. Set SKIP_BUILD=1 to reuse an existing build while working
 * on tests. The bundled data/ is checked by `npm run check:data`, not here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, FIXTURE_DATA } from '../helpers/fixture.ts';

export default function setup(): void {
  if (process.env.SKIP_BUILD === '1' && existsSync(join(DIST, 'index.html'))) return;
  execFileSync(process.execPath, ['src/cli/build.ts', '--silent', '--outDir', DIST, '--data', FIXTURE_DATA], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DATA_DIR: FIXTURE_DATA },
  });
}
