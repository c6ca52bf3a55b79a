/**
 * The streaming validator against bare papaparse over the same file, each in its own
 * process (src/bench/stream-worker.ts) so each peak RSS is its own.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface StreamRun {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssBytes: number;
  problems: number;
}

export interface StreamBench {
  file: string;
  bytes: number;
  validator: StreamRun;
  papaparse: StreamRun;
  /** Validator time over bare papaparse time. */
  timeRatio: number;
}

const worker = fileURLToPath(new URL('./stream-worker.ts', import.meta.url));

function run(mode: 'validate' | 'papaparse', file: string): StreamRun {
  const out = execFileSync(process.execPath, [worker, mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const r = JSON.parse(out.trim().split('\n').at(-1)!) as { rows: number; seconds: number; peakRssBytes: number; problems: number };
  return { ...r, rowsPerSecond: Math.round(r.rows / r.seconds) };
}

export function benchStream(file: string): StreamBench {
  const papaparse = run('papaparse', file);
  const validator = run('validate', file);
  return { file, bytes: statSync(file).size, validator, papaparse, timeRatio: validator.seconds / papaparse.seconds };
}
