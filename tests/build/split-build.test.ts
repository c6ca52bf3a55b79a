/**
 * The split build of CI (one runner per part, then a merge job): each part built by its own
 * process into its own folder, then merged, gives the same bytes as the regular build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { inputsPath } from '../../src/build/incremental.ts';
import { listFiles } from '../../src/staff/generated.ts';
import { tempDir } from '../helpers/build.ts';
import { DIST } from '../helpers/fixture.ts';

const root = tempDir('kg-split-');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** One part, as a CI runner builds it: its own process, its own folder. */
function buildPart(index: number, count: number): Promise<string> {
  const dir = join(root, `part-${index}`);
  return new Promise((done, fail) => {
    let out = '';
    const child = spawn(process.execPath, ['src/cli/build.ts', '--silent', '--part', `${index}/${count}`, '--outDir', dir], { env });
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => (code === 0 ? done(dir) : fail(new Error(`part ${index}/${count} failed:\n${out}`))));
  });
}

const merge = (...args: string[]) => spawnSync(process.execPath, ['src/cli/merge-parts.ts', ...args], { encoding: 'utf8', env });

it('two parts built apart and merged equal one build, byte for byte', async () => {
  const parts = await Promise.all([buildPart(0, 2), buildPart(1, 2)]);
  expect(existsSync(join(parts[1]!, 'data')), 'only the first part carries the downloads').toBe(false);
  const site = join(root, 'site');
  const run = merge('--outDir', site, ...parts.reverse());
  expect(run.status, run.stdout + run.stderr).toBe(0);
  const single = listFiles(DIST);
  expect(listFiles(site)).toEqual(single);
  expect(single.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(site, f))))).toEqual([]);
  // The parts' build digests are the joined site's: the next incremental build starts from it.
  expect(readFileSync(inputsPath(site), 'utf8')).toBe(readFileSync(inputsPath(DIST), 'utf8'));
}, 600_000);

it.each([
  [['--outDir', 'x'], /name the folders of the parts/],
  [['--outDir', 'x', '/no/such/part'], /does not exist/],
])('merge-parts refuses %j', (args, message) => {
  const run = merge(...args);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(message);
});

it('build refuses a part that is not "index/count"', () => {
  const run = spawnSync(process.execPath, ['src/cli/build.ts', '--part', '2/2', '--outDir', join(root, 'never')], { encoding: 'utf8', env });
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/--part: .*index < count/);
});
