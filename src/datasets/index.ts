/**
 * The site's single entry to the data: loads the folder named by DATA_DIR (default `data/`)
 * once per build and throws on any error, so a bad data folder never becomes a site.
 */
import { hasErrors, loadData, type LoadedData } from './load.ts';
import { DataError } from './problems.ts';

let cached: LoadedData | undefined;

export function dataDir(): string {
  return process.env.DATA_DIR ?? 'data';
}

export function getData(): LoadedData {
  if (!cached) {
    const loaded = loadData(dataDir());
    if (hasErrors(loaded.problems)) throw new DataError(loaded.problems);
    cached = loaded;
  }
  return cached;
}
