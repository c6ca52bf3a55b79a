/** npm run build's own options: bad values are refused, and a heap too small fails the build without leaving a site. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { tempDir } from '../helpers/build.ts';

const outDir = join(tempDir('kg-build-cli-'), 'site');
afterAll(() => rmSync(join(outDir, '..'), { recursive: true, force: true }));

const build = (...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/build.ts', '--silent', '--outDir', outDir, ...args], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });

it.each([
  [['--shards', '0'], /--shards: a whole number/],
  [['--shards', 'two'], /--shards: a whole number/],
  [['--max-heap-mb', '1GB'], /--max-heap-mb: megabytes/],
])('refuses %j', (args, message) => {
  const run = build(...args);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(message);
});

it('a heap cap below what the build needs fails the build and leaves no site behind', () => {
  const run = build('--max-heap-mb', '24');
  expect(run.status, run.stdout + run.stderr).not.toBe(0);
  expect(`${run.stdout}\n${run.stderr}`).toMatch(/no site was written[\s\S]*out of memory: raise --max-heap-mb \(now 24\)/);
  expect(existsSync(outDir)).toBe(false);
  expect(readdirSync('.').filter((f) => f.startsWith('.astro-build-'))).toEqual([]);
});
