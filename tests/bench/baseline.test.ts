import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBaseline, ratios } from '../../src/bench/baseline.ts';

const out = mkdtempSync(join(tmpdir(), 'bench-plain-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the plain Astro baseline of the bench', () => {
  it('builds exactly the pages asked for, and is measured', async () => {
    const run = await buildBaseline(25, join(out, 'dist'));
    expect(run.exitCode, run.run.stderr.slice(-2000)).toBe(0);
    expect(run.pages).toBe(25);
    expect(run.seconds).toBeGreaterThan(0);
  }, 120_000);

  it('gives ratios per page, and none when a build made no pages', () => {
    const base = { pages: 100, seconds: 10, peakRssBytes: 1000, exitCode: 0 };
    expect(ratios({ pages: 200, seconds: 10, peakRssBytes: 500 }, base)).toEqual({ time: 0.5, memory: 0.5 });
    expect(ratios({ pages: 0, seconds: 10, peakRssBytes: 500 }, base)).toEqual({ time: null, memory: null });
  });
});
