/** A new municipality folder holds every dataset of the registry, a new one included. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { datasets } from '../../src/datasets/registry.ts';
import { writeSkeleton } from '../../src/staff/skeleton.ts';
import { SCRATCH } from '../helpers/scratch-dataset.ts';

// The factory runs before this file's imports: it loads the helper itself.
vi.mock('../../src/datasets/registry.ts', async (importOriginal) => (await import('../helpers/scratch-dataset.ts')).registryWithScratch(importOriginal));

const out = mkdtempSync(join(tmpdir(), 'skeleton-new-dataset-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

it('writes a header-only CSV for a dataset added to the registry, with no edit in staff/', () => {
  const folder = join(out, 'kara-suu');
  const files = writeSkeleton(folder, 'kara-suu', 'kara-suu-profile');
  expect(files).toContain(SCRATCH.file);
  expect(readdirSync(folder).sort()).toEqual([...files].sort());
  expect(readFileSync(join(folder, SCRATCH.file), 'utf8')).toBe(`\uFEFF${Object.keys(datasets.appraisals.columns).join(';')}\n`);
});
