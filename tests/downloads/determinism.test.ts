/** Two builds of the same data write byte-identical downloads (sizes and hashes can be trusted and cached). */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildInto, tempDir } from '../helpers/build.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

const dirs = [tempDir('kg-build-a-'), tempDir('kg-build-b-')];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function hashes(outDir: string): Record<string, string> {
  const root = join(outDir, 'data');
  const out: Record<string, string> = {};
  for (const e of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

/** Outside a git checkout the data date falls back to the build time; reproducible builds then pin it. */
function pinnedDate(): Record<string, string> {
  try {
    if (execFileSync('git', ['log', '-1', '--format=%cI', '--', FIXTURE_DATA], { encoding: 'utf8' }).trim()) return {};
  } catch {
    // no git: pin below
  }
  return { SOURCE_DATE_EPOCH: '1700000000' };
}

it('two builds into two folders give identical files under data/', { timeout: 600_000 }, () => {
  for (const d of dirs) buildInto(d, pinnedDate());
  const [a, b] = dirs.map(hashes);
  expect(Object.keys(a!).length).toBeGreaterThan(100);
  expect(Object.keys(a!)).toContain('datapackage.json');
  expect(b).toEqual(a);
});
