import { describe, expect, it } from 'vitest';
import { buildsNationalPages, FIRST_SHARD_WEIGHT, parseShard, shardIds, shardPlan } from '../../src/build/shards.ts';

describe('parseShard', () => {
  it('reads "index/count" and defaults to the whole site', () => {
    expect(parseShard(undefined)).toEqual({ index: 0, count: 1 });
    expect(parseShard('1/2')).toEqual({ index: 1, count: 2 });
  });
  it.each(['2/2', 'a/b', '1', '0/0'])('rejects %s', (v) => expect(() => parseShard(v)).toThrow(/index\/count/));
  it('only the first shard builds the national pages', () => {
    expect(buildsNationalPages({ index: 0, count: 2 })).toBe(true);
    expect(buildsNationalPages({ index: 1, count: 2 })).toBe(false);
  });
});

describe('shardPlan', () => {
  it('gives every municipality to exactly one shard, the same way every time', () => {
    const plan = shardPlan(480, 3);
    expect(plan).toHaveLength(480);
    expect(new Set(plan)).toEqual(new Set([0, 1, 2]));
    expect(shardPlan(480, 3)).toEqual(plan);
  });
  it('the first shard, which also makes the downloads, takes a smaller share', () => {
    const plan = shardPlan(1000, 2);
    const first = plan.filter((s) => s === 0).length;
    expect(first / 1000).toBeCloseTo(FIRST_SHARD_WEIGHT / (1 + FIRST_SHARD_WEIGHT), 2);
  });
  it('one shard takes everything', () => expect(new Set(shardPlan(7, 1))).toEqual(new Set([0])));
  it('shardIds splits ids without overlap', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `m${i}`);
    const a = shardIds(ids, { index: 0, count: 2 });
    const b = shardIds(ids, { index: 1, count: 2 });
    expect(a.size + b.size).toBe(50);
    expect([...a].filter((id) => b.has(id))).toEqual([]);
  });
});
