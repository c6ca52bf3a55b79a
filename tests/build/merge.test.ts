import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { mergeInto } from '../../src/build/merge.ts';
import { tempDir } from '../helpers/build.ts';

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

it('moves a shard’s pages in, keeps identical shared files, and removes the shard folder', () => {
  const site = tempDir('kg-merge-site-');
  const shard = tempDir('kg-merge-shard-');
  write(site, { 'index.html': 'root', 'ru/a/index.html': 'a', '_astro/x.js': 'js' });
  write(shard, { 'index.html': 'root', 'ru/b/index.html': 'b', 'ru/b/hearings/1/index.html': 'h', '_astro/x.js': 'js' });
  expect(mergeInto(shard, site)).toEqual({ moved: 1, same: 2 });
  expect(readFileSync(join(site, 'ru/b/hearings/1/index.html'), 'utf8')).toBe('h');
  expect(readFileSync(join(site, 'ru/a/index.html'), 'utf8')).toBe('a');
  expect(existsSync(shard)).toBe(false);
});

it('refuses when two shards wrote different bytes to one file', () => {
  const site = tempDir('kg-merge-site-');
  const shard = tempDir('kg-merge-shard-');
  write(site, { 'ru/index.html': 'one' });
  write(shard, { 'ru/index.html': 'two' });
  expect(() => mergeInto(shard, site)).toThrow(/shards wrote different .*ru\/index\.html/);
});
