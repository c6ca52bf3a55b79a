/**
 * A data folder read and checked: each file on its own (src/datasets/load.ts), then across
 * files (cross-file.ts). The validator, the build and the tests all load data through this.
 */
import { readData, type LoadedData, type ReadOptions } from '../datasets/load.ts';
import { runChecks, type CheckOptions } from './cross-file.ts';

export type LoadOptions = ReadOptions & CheckOptions;

export function loadData(dataDir: string, options: LoadOptions = {}): LoadedData {
  const read = readData(dataDir, { only: options.only });
  if (read.halted) return read;
  return { ...read, problems: [...read.problems, ...runChecks(read.municipalities, read.sources, options)] };
}
