import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/bench/report.ts';

// The quick benchmark on a tiny country: it builds the site three times, so it takes a while.
// Timings are never asserted: only that every figure is there and is a number.
const work = mkdtempSync(join(tmpdir(), 'bench-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const resultsFile = join(work, 'results.json');
let printed = '';

const finite = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

describe('npm run bench -- --quick', () => {
  it('runs and writes the results file', { timeout: 300_000 }, () => {
    printed = execFileSync(
      process.execPath,
      ['src/cli/bench.ts', '--quick', '--municipalities', '2', '--years', '2', '--transactions', '3000', '--out', work, '--results', resultsFile],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(printed).toMatch(/Targets/);
  });

  it('has build figures for each scale and the time per doubling', () => {
    const r = JSON.parse(readFileSync(resultsFile, 'utf8')) as Results;
    expect(r.builds.map((b) => b.scale)).toEqual([0.5, 1]);
    for (const b of r.builds) {
      expect(b.aborted).toBeNull();
      for (const key of ['pages', 'seconds', 'pagesPerSecond', 'peakRssBytes', 'distBytes', 'distFiles'] as const) expect(finite(b[key]), key).toBe(true);
      expect(b.pages).toBeGreaterThan(0);
      expect(b.processes).toBe(1); // a country this small is not split
    }
    expect(r.oneProcess).toBeNull(); // measured only when the 1× build was split
    expect(r.doublings).toHaveLength(1);
    expect(finite(r.doublings[0]!.timeRatio)).toBe(true);
    expect(finite(r.distFiles)).toBe(true);
    expect(finite(r.benchSeconds)).toBe(true);
  });

  it('weighs every page type: HTML and gzip median/max, JS before and after charts', () => {
    const r = JSON.parse(readFileSync(resultsFile, 'utf8')) as Results;
    expect(r.pageTypes.length).toBeGreaterThan(1);
    expect(r.pageTypes.reduce((s, t) => s + t.pages, 0)).toBe(r.builds.find((b) => b.scale === 1)!.pages);
    for (const t of r.pageTypes) {
      expect(t.name).not.toBe('');
      for (const v of [t.pages, t.htmlBytes.median, t.htmlBytes.max, t.gzipBytes.median, t.gzipBytes.max, t.chartPages, t.jsWithoutChart]) expect(finite(v)).toBe(true);
      for (const w of [t.js.before, t.js.after]) for (const v of [w.files, w.bytes, w.gzip]) expect(finite(v)).toBe(true);
      expect(t.gzipBytes.max).toBeLessThan(t.htmlBytes.max);
      expect(t.js.after.bytes).toBeGreaterThanOrEqual(t.js.before.bytes);
    }
  });

  it('times the streaming validator beside bare papaparse, and compares rebuilt downloads', () => {
    const r = JSON.parse(readFileSync(resultsFile, 'utf8')) as Results;
    for (const run of [r.stream.validator, r.stream.papaparse]) {
      expect(run.rows).toBe(3000);
      for (const v of [run.seconds, run.rowsPerSecond, run.peakRssBytes]) expect(finite(v)).toBe(true);
    }
    expect(finite(r.stream.timeRatio)).toBe(true);
    expect(['identical', 'different', 'n/a']).toContain(r.determinism.status);
  });

  it('reports every target as pass, fail or n/a, in the file and the printed table', () => {
    const r = JSON.parse(readFileSync(resultsFile, 'utf8')) as Results;
    const names = r.targets.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const start of ['budget pages: heaviest', 'build wall time (1×', 'dist size (1×)', 'dist files (1×)', 'time per page / plain Astro', 'peak memory / plain Astro']) {
      expect(names.find((n) => n.startsWith(start)), start).toBeDefined();
    }
    // Which static hosts' published limits the 1× site fits (issue 17), one target each.
    expect(names.filter((n) => n.startsWith('fits '))).toEqual(['fits GitHub Pages (1×)', 'fits Cloudflare Pages (Free) (1×)', 'fits Cloudflare Pages (paid) (1×)', 'fits Netlify (1×)']);
    // The plain Astro baseline of the same page count, built in the same run.
    expect(r.baseline?.pages).toBe(r.builds.find((b) => b.scale === 1)!.pages);
    expect(printed).toContain('plain Astro, same page count');
    // The search index's size and build time (issue 16).
    const full = r.builds.find((b) => b.scale === 1)!;
    expect(full.search?.bytes).toBeGreaterThan(0);
    expect(full.search?.seconds).toBeGreaterThan(0);
    expect(printed).toContain('search index 1×');
    // The national pages' weight: comparisons, change log, search (issue 16).
    const national = r.targets.find((t) => t.name.startsWith('national pages: heaviest'))!;
    expect(national.name).toContain('compare-path');
    expect(national.pass).not.toBeNull();
    for (const t of r.targets) {
      expect([true, false, null]).toContain(t.pass);
      expect(printed).toContain(t.name);
    }
  });
});
