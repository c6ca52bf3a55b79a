/**
 * The data check's first two steps: the validator on the data folder (its report printed as staff
 * see it; any error stops here, before the build), then the build of the site from it.
 * SKIP_BUILD=1 reuses a site already built into CHECK_DIST.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHECK_DATA, CHECK_DIST } from './target.ts';

export default function setup(): void {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DATA_DIR: CHECK_DATA };
  const validate = spawnSync(process.execPath, ['src/cli/validate.ts', '--data', CHECK_DATA], { stdio: 'inherit', env });
  if (validate.status !== 0) throw new Error(`data check: the validator found errors in ${CHECK_DATA} (see its report above); fix them and run again`);
  if (process.env.SKIP_BUILD === '1' && existsSync(join(CHECK_DIST, 'index.html'))) return;
  const build = spawnSync(process.execPath, ['src/cli/build.ts', '--silent', '--outDir', CHECK_DIST, '--data', CHECK_DATA], { stdio: 'inherit', env });
  if (build.status !== 0) throw new Error(`data check: the site could not be built from ${CHECK_DATA} (see above)`);
}
