import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { AK_CHIY, copyData, removeCopies, setCell } from '../helpers/data-copy.ts';

const outDir = mkdtempSync(join(tmpdir(), 'kg-dist-'));
afterAll(() => {
  removeCopies();
  rmSync(outDir, { recursive: true, force: true });
});

// A bad cell must stop the site, whether one process builds it or several (shards).
it.each([1, 2])('a build with a broken data folder fails and names the file, row, column and value (%i process)', (shards) => {
  const dataDir = copyData();
  setCell(dataDir, `${AK_CHIY}/hearings.csv`, 3, 'women', '21 жен.');
  const run = spawnSync(process.execPath, ['src/cli/build.ts', '--outDir', outDir, '--shards', String(shards)], {
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const output = `${run.stdout}\n${run.stderr}`;
  expect(run.status, output).not.toBe(0);
  expect(output).toContain(`${AK_CHIY}/hearings.csv, row 3, column women, value «21 жен.»`);
  expect(output).toContain(`${AK_CHIY}/hearings.csv, строка 3, столбец women, значение «21 жен.»`);
  expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  expect(readdirSync('.').filter((f) => f.startsWith('.astro-build-')), 'no shard folder is left behind').toEqual([]);
});
