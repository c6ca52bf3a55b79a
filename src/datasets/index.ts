/**
 * The site's single entry to the data: loads the folder named by DATA_DIR (default `data/`)
 * once per build and throws on any error, so a bad data folder never becomes a site.
 */
import { buildsNationalPages, currentShard, shardIds } from '../build/shards.ts';
import { hasErrors, loadData, municipalityIds, type LoadedData } from './load.ts';
import { DataError } from './problems.ts';

let cached: LoadedData | undefined;

export function dataDir(): string {
  return process.env.DATA_DIR ?? 'data';
}

export function getData(): LoadedData {
  if (!cached) {
    // A shard without the national pages needs (and checks) only its own municipalities;
    // the first shard checks them all, so a bad file anywhere still stops the build.
    const shard = currentShard();
    const only = buildsNationalPages(shard) ? undefined : shardIds(municipalityIds(dataDir()), shard);
    const loaded = loadData(dataDir(), { only });
    if (hasErrors(loaded.problems)) throw new DataError(loaded.problems);
    cached = loaded;
  }
  return cached;
}
