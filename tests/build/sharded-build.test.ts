/**
 * A build split over processes (npm run build on a large country) must publish exactly the
 * site one process builds: the bundled data built by two shards is compared file by file
 * with the regular build of the global setup.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { listFiles } from '../../src/staff/generated.ts';
import { buildInto, tempDir } from '../helpers/build.ts';
import { DIST } from '../helpers/fixture.ts';

const outDir = tempDir('kg-dist-sharded-');
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

it('two shards build the same files, byte for byte, as one process', () => {
  buildInto(outDir, {}, ['--shards', '2']);
  const single = listFiles(DIST);
  expect(listFiles(outDir)).toEqual(single);
  const differing = single.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(outDir, f))));
  expect(differing).toEqual([]);
  expect(single.length).toBeGreaterThan(300);
});
