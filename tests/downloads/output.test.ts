import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeFile, directorySink, joinChunks } from '../../src/downloads/output.ts';
import { tempDir } from '../helpers/build.ts';

const pieces = ['id;название\r\n', '1;Кара-Суу\r\n', '2;=1+2\r\n'];

it('describes a file by the bytes it writes: size and sha256 of the whole, made piece by piece', () => {
  const dir = tempDir('kg-output-');
  const f = describeFile('x/budget.csv', () => pieces, directorySink(dir));
  const written = readFileSync(join(dir, 'x/budget.csv'));
  expect(written.toString('utf8')).toBe(pieces.join(''));
  expect(f.bytes).toBe(written.byteLength);
  expect(f.sha256).toBe(createHash('sha256').update(written).digest('hex'));
  expect(Buffer.from(joinChunks(f.chunks())).equals(written)).toBe(true);
});

it('without a sink nothing is written, and the description is the same', () => {
  const a = describeFile('a.csv', () => pieces);
  const b = describeFile('a.csv', () => [pieces.join('')]);
  expect([a.bytes, a.sha256]).toEqual([b.bytes, b.sha256]);
});

it('a second file at one path is refused', () => {
  const sink = directorySink(tempDir('kg-output-'));
  describeFile('budget.csv', () => ['a'], sink);
  expect(() => describeFile('budget.csv', () => ['b'], sink)).toThrow(/two downloads would be written to data\/budget\.csv/);
});
