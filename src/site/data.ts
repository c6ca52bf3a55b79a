/**
 * The pages' single entry to the data: loads the folder named by DATA_DIR (default `data/`)
 * once per build and throws on any error, so a bad data folder never becomes a site. Only
 * here does the site ask its shard (src/build/shards.ts) which municipalities to load.
 */
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { buildsNationalPages, currentShard, RENDER_ONLY_ENV, shardIds } from '../build/shards.ts';
import { loadData } from '../checks/load.ts';
import { LOADED_DATA_ENV, readLoaded } from '../datasets/handoff.ts';
import { nationalPath, publishDir } from '../downloads/manifest.ts';
import type { NationalEntry } from '../figures/national.ts';
import { hasErrors, municipalityIds, type LoadedData } from '../datasets/load.ts';
import { DataError } from '../datasets/problems.ts';
import { dataErrorMessage } from '../i18n/index.ts';

let cached: LoadedData | undefined;
let shardOwn: { ids: ReadonlySet<string> | undefined } | undefined;

export function dataDir(): string {
  return process.env.DATA_DIR ?? 'data';
}

/** The municipalities this process renders in a split build (src/build/shards.ts); undefined when it renders all. */
export function shardMunicipalityIds(): ReadonlySet<string> | undefined {
  if (!shardOwn) {
    const shard = currentShard();
    const only = process.env[RENDER_ONLY_ENV];
    // An incremental build's list (src/build/incremental.ts), else the shard's share.
    shardOwn = { ids: only ? new Set(JSON.parse(readFileSync(only, 'utf8')) as string[]) : shard.count === 1 ? undefined : shardIds(municipalityIds(dataDir()), shard) };
  }
  return shardOwn.ids;
}

export function getData(): LoadedData {
  if (!cached) {
    // `npm run build`'s publish step hands over the country it loaded and checked (src/datasets/handoff.ts):
    // every shard reads its own municipalities. Loading the folder itself, a shard needs (and checks)
    // only its own, but the first checks them all, so a bad file anywhere still stops the build.
    const handedOff = process.env[LOADED_DATA_ENV];
    const only = handedOff || !buildsNationalPages() ? shardMunicipalityIds() : undefined;
    const loaded = handedOff ? readLoaded(handedOff, only) : loadData(dataDir(), { only });
    if (hasErrors(loaded.problems)) throw new DataError(loaded.problems, dataErrorMessage(loaded.problems));
    cached = loaded;
  }
  return cached;
}

let country: readonly NationalEntry[] | undefined;

/**
 * Every municipality as the national pages need it (src/figures/national.ts), in folder order:
 * written by the publish step, which every build runs before its pages.
 */
export function getCountry(): readonly NationalEntry[] {
  country ??= deserialize(readFileSync(nationalPath(publishDir()))) as NationalEntry[];
  return country;
}
