/**
 * A build split over processes: Astro renders pages on one thread, so `npm run build` starts one
 * `astro build` per core and each renders a share of the municipalities (src/cli/build.ts).
 * `KG_SHARD="i/n"` tells a process its share; without it a process builds the whole site.
 */
export interface Shard {
  index: number;
  count: number;
}

export const SHARD_ENV = 'KG_SHARD';

export function parseShard(value: string | undefined): Shard {
  if (value === undefined || value === '') return { index: 0, count: 1 };
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const shard = m && { index: Number(m[1]), count: Number(m[2]) };
  if (!shard || shard.count < 1 || shard.index >= shard.count) throw new Error(`${SHARD_ENV} must be "index/count" with index < count, e.g. "0/2"; got "${value}"`);
  return shard;
}

/**
 * An incremental build (src/build/incremental.ts) renders only some municipalities, and the
 * national pages: `KG_RENDER_ONLY` names a JSON file listing their ids.
 */
export const RENDER_ONLY_ENV = 'KG_RENDER_ONLY';

export const currentShard = (): Shard => parseShard(process.env[SHARD_ENV]);

/** The first shard builds the national pages (home, data catalogue, staff guide). */
export const buildsNationalPages = (shard = currentShard()): boolean => shard.index === 0;

/**
 * The first shard's share of municipalities relative to the others: its catalogue pages read the
 * downloads' manifest, so it starts only once the publish step is done (src/cli/build.ts). At 480
 * municipalities on 2 cores it then starts 90 s after the other; 0.75 left it alone for the last 30 s.
 */
export const FIRST_SHARD_WEIGHT = 0.65;

/**
 * Which shard renders each of `total` municipalities (in folder order): a smooth weighted
 * round-robin, so every shard gets a spread of the country and the first shard a little less.
 */
export function shardPlan(total: number, count: number): number[] {
  const weight = (i: number) => (i === 0 && count > 1 ? FIRST_SHARD_WEIGHT : 1);
  const taken = new Array<number>(count).fill(0);
  return Array.from({ length: total }, () => {
    let best = 0;
    for (let i = 1; i < count; i++) if ((taken[i]! + 1) / weight(i) < (taken[best]! + 1) / weight(best)) best = i;
    taken[best]!++;
    return best;
  });
}

/** The municipality ids `shard` renders, out of all ids in folder order. */
export function shardIds(ids: readonly string[], shard: Shard): Set<string> {
  const plan = shardPlan(ids.length, shard.count);
  return new Set(ids.filter((_, i) => plan[i] === shard.index));
}
