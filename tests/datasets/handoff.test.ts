/**
 * The loaded data handed from the publish step to the page processes (src/datasets/handoff.ts):
 * read back whole, or only some municipalities (a shard's share), the others skipped.
 */
import { rmSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { afterAll, expect, it } from 'vitest';
import { loadData } from '../../src/checks/load.ts';
import { readLoaded, writeLoaded } from '../../src/datasets/handoff.ts';
import { tempDir } from '../helpers/build.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

const dir = tempDir('kg-handoff-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const loaded = loadData(FIXTURE_DATA);
const file = join(dir, 'loaded.v8');
writeLoaded(file, loaded);

it('reads back the same data', () => {
  expect(loaded.municipalities.length).toBeGreaterThan(1);
  expect(readLoaded(file)).toEqual(loaded);
});

it('reads only the municipalities asked for, in order, with the whole country’s sources and problems', () => {
  const ids = loaded.municipalities.map((m) => m.profile.id);
  const wanted = new Set([ids.at(-1)!]);
  const part = readLoaded(file, wanted);
  expect(part.municipalities).toEqual(loaded.municipalities.filter((m) => wanted.has(m.profile.id)));
  expect(part.sources).toEqual(loaded.sources);
  expect(part.problems).toEqual(loaded.problems);
  expect(readLoaded(file, new Set()).municipalities).toEqual([]);
});

it('gives each municipality’s record as written, the bytes the publish cache keeps', () => {
  const seen = new Map<string, Uint8Array>();
  writeLoaded(join(dir, 'again.v8'), loaded, undefined, (id, record) => seen.set(id, record));
  expect([...seen.keys()]).toEqual(loaded.municipalities.map((m) => m.profile.id));
  for (const m of loaded.municipalities) expect(Buffer.from(seen.get(m.profile.id)!).equals(serialize(m))).toBe(true);
  expect(readLoaded(join(dir, 'again.v8'))).toEqual(loaded);
});

it('says so when the file ends early', () => {
  const cut = join(dir, 'cut.v8');
  writeLoaded(cut, loaded);
  truncateSync(cut, Math.floor(statSync(cut).size / 2));
  expect(() => readLoaded(cut)).toThrow(/ends early/);
});
