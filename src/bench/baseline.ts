/**
 * The baseline build: a plain Astro site (bench/plain/) of a given page count, measured
 * like the project's build, so the bench can report the project's time and memory per
 * page as ratios to what Astro itself needs.
 */
import { readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { measure, type Measured } from './measure.ts';

export const PLAIN_SITE = resolve('bench/plain');

export interface BaselineRun {
  pages: number;
  seconds: number;
  peakRssBytes: number | null;
  exitCode: number | null;
}

const astroCli = () => join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

function countPages(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith('.html')) n += 1;
  return n;
}

/** Builds the plain site with `pages` pages into outDir (removed first) and measures it. */
export async function buildBaseline(pages: number, outDir: string, env: NodeJS.ProcessEnv = process.env): Promise<BaselineRun & { run: Measured }> {
  rmSync(outDir, { recursive: true, force: true });
  const run = await measure(process.execPath, [astroCli(), 'build', '--silent', '--root', PLAIN_SITE, '--outDir', resolve(outDir)], {
    env: { ...env, PLAIN_PAGES: String(pages), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { pages: run.code === 0 ? countPages(outDir) : 0, seconds: run.seconds, peakRssBytes: run.peakRssBytes, exitCode: run.code, run };
}

/** The project's cost per page over the baseline's (time and memory): 0.5 = half. */
export function ratios(project: { pages: number; seconds: number; peakRssBytes: number | null }, base: BaselineRun): { time: number | null; memory: number | null } {
  if (!project.pages || !base.pages) return { time: null, memory: null };
  const time = project.seconds / project.pages / (base.seconds / base.pages);
  const memory = project.peakRssBytes && base.peakRssBytes ? project.peakRssBytes / base.peakRssBytes : null;
  return { time, memory };
}
