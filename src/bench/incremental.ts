/**
 * The incremental build's time (issue 17: a change to one municipality publishes in ≤ 20 s):
 * after a full build of a country, one municipality's hearings.csv changes (a note of its first
 * hearing, which leaves every figure as it was) and `npm run build -- --incremental` builds from
 * that site. Reports the time, how many municipalities it rendered, and where the time went (the
 * build's own timings line). The data folder is changed in place: run it last on a country.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { municipalityIds } from '../datasets/load.ts';
import { measure } from './measure.ts';

export interface IncrementalRun {
  municipalities: number;
  /** The municipality whose hearings.csv changed. */
  changed: string;
  /** The full build it started from. */
  fullSeconds: number;
  seconds: number;
  exitCode: number | null;
  /** From the build's log: municipalities rendered, and whether it fell back to a full build. */
  rendered: number | null;
  fullBuildBecause: string | null;
  /** The build's timings line (publish, pages, search index). */
  timings: string | null;
  peakRssBytes: number | null;
}

/** Adds a note to the first hearing of the first municipality that has one; returns its id. */
export function changeOneHearing(dataDir: string): string {
  for (const id of municipalityIds(dataDir)) {
    const path = join(dataDir, 'municipalities', id, 'hearings.csv');
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    const lines = text.split('\n');
    // The note is the last column; an empty one is where the line ends in a comma.
    if (lines.length > 1 && lines[1]!.endsWith(',')) {
      lines[1] += 'bench: incremental build';
      writeFileSync(path, lines.join('\n'));
      return id;
    }
  }
  throw new Error(`no hearing with an empty note in ${dataDir}: nothing to change for the incremental build`);
}

export async function benchIncremental(options: { buildCli: string; dataDir: string; outDir: string; fullSeconds: number; env: NodeJS.ProcessEnv; maxRssBytes?: number }): Promise<IncrementalRun> {
  const changed = changeOneHearing(options.dataDir);
  const run = await measure(process.execPath, [options.buildCli, '--silent', '--incremental', '--outDir', options.outDir], {
    env: { ...options.env, DATA_DIR: options.dataDir },
    ...(options.maxRssBytes && { maxRssBytes: options.maxRssBytes }),
  });
  const rendered = /incremental build: (\d+) of \d+ municipalities rendered/.exec(run.stdout);
  return {
    municipalities: municipalityIds(options.dataDir).length,
    changed,
    fullSeconds: options.fullSeconds,
    seconds: run.seconds,
    exitCode: run.code,
    rendered: rendered ? Number(rendered[1]) : null,
    fullBuildBecause: /incremental build: a full build, as (.*)/.exec(run.stdout)?.[1] ?? null,
    timings: /incremental build timings: (.*)/.exec(run.stdout)?.[1] ?? null,
    peakRssBytes: run.peakRssBytes,
  };
}
