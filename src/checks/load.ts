/**
 * A data folder read and checked: each file on its own (src/datasets/load.ts), then across
 * files (cross-file.ts). The validator, the build and the tests all load data through this.
 */
import { readData, type LoadedData, type ReadOptions } from '../datasets/load.ts';
import type { Problem } from '../datasets/problems.ts';
import { runChecks, type CheckOptions } from './cross-file.ts';

export type LoadOptions = ReadOptions & CheckOptions;

export function loadData(dataDir: string, options: LoadOptions = {}): LoadedData {
  const read = readData(dataDir, { only: options.only });
  if (read.halted) return read;
  const broken = new Set(read.problems.filter((p) => p.severity === 'error').map((p) => p.file));
  // A translation of a row dropped for its own error is no new problem: that error is reported already.
  const followOn = (p: Problem) => p.code === 'translation-unknown-record' && broken.has(p.file.replace(/[^/]+$/, String(p.params?.table ?? '')));
  return { ...read, problems: [...read.problems, ...runChecks(read.municipalities, read.sources, options).filter((p) => !followOn(p))] };
}
