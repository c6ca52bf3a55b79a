/** A dataset the generator does not know yet is written header-only in every folder. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { datasets } from '../../src/datasets/registry.ts';
import { writeCountry } from '../../src/synth/generate.ts';
import { SCRATCH } from '../helpers/scratch-dataset.ts';

// The factory runs before this file's imports: it loads the helper itself.
vi.mock('../../src/datasets/registry.ts', async (importOriginal) => (await import('../helpers/scratch-dataset.ts')).registryWithScratch(importOriginal));

const out = mkdtempSync(join(tmpdir(), 'synth-new-dataset-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

it('writes the header of a dataset without a generator, and the others as before', () => {
  const plan = writeCountry(out, { municipalities: 2, years: 2, seed: 1, lastYear: 2024 });
  const header = `${Object.keys(datasets.appraisals.columns).join(',')}\n`;
  for (const m of plan.municipalities) {
    expect(readFileSync(join(out, 'municipalities', m.id, SCRATCH.file), 'utf8')).toBe(header);
    expect(readFileSync(join(out, 'municipalities', m.id, 'budget.csv'), 'utf8').split('\n').length).toBeGreaterThan(10);
  }
});
