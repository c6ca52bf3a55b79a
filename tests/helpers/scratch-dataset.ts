/**
 * A throwaway dataset added to the registry (with `vi.mock`), to prove that a new dataset
 * reaches the synthetic country and new municipality folders without an edit there.
 * Its declaration is a copy of `appraisals` under another name and file.
 */
import type * as Registry from '../../src/datasets/registry.ts';

export const SCRATCH = { name: 'scratch_notes', file: 'scratch_notes.csv' } as const;

export async function registryWithScratch(importOriginal: () => Promise<typeof Registry>) {
  const actual = await importOriginal();
  const datasets = { ...actual.datasets, [SCRATCH.name]: { ...actual.datasets.appraisals, ...SCRATCH } };
  return { ...actual, datasets, datasetNames: Object.keys(datasets) };
}
