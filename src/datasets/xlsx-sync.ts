/**
 * `readXlsx` for the synchronous loader: all the .xlsx files of one read go to one child
 * process (xlsx-worker.ts), which answers with their tables. Only data folders with .xlsx files
 * pay for it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SheetTable } from './xlsx.ts';

/** The worker's path: beside this module, or in the project's src/ when this module is bundled (the site build). */
function workerPath(): string {
  try {
    const near = fileURLToPath(new URL('./xlsx-worker.ts', import.meta.url));
    if (existsSync(near)) return near;
  } catch {
    // not a file: URL (bundled)
  }
  return join(process.cwd(), 'src', 'datasets', 'xlsx-worker.ts');
}

/**
 * Reads the .xlsx files `jobs` names (path on disk, name for messages), in order.
 * @example readXlsxFilesSync([{ path: 'data/municipalities/x/budget.xlsx', file: 'municipalities/x/budget.xlsx' }])[0].rows
 */
export function readXlsxFilesSync(jobs: ReadonlyArray<{ path: string; file: string }>): SheetTable[] {
  if (jobs.length === 0) return [];
  const out = execFileSync(process.execPath, ['--no-warnings', workerPath()], {
    input: JSON.stringify(jobs),
    maxBuffer: 1 << 30,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return JSON.parse(out.toString('utf8')) as SheetTable[];
}
