/**
 * Run in its own process by the benchmark, so its peak RSS is its own:
 *   node src/bench/stream-worker.ts validate|papaparse FILE
 * Prints one JSON line: rows, seconds, peak RSS (bytes), problems.
 * "papaparse" is the baseline: bare papaparse streaming over the same file, no checks.
 */
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
import { validateCsvStream } from '../datasets/stream.ts';
import { transactions } from '../datasets/tables/transactions.ts';

const [mode, file] = process.argv.slice(2);
if ((mode !== 'validate' && mode !== 'papaparse') || !file) {
  console.error('usage: stream-worker.ts validate|papaparse FILE');
  process.exit(2);
}

function bare(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let rows = 0;
    const input = createReadStream(path, { encoding: 'utf8', highWaterMark: 64 * 1024 });
    input.on('error', reject);
    Papa.parse<string[]>(input, {
      delimiter: ';',
      chunk: (results) => {
        rows += results.data.length;
      },
      complete: () => resolve(rows - 1),
      error: (e: Error) => reject(e),
    });
  });
}

const started = performance.now();
let rows: number;
let problems = 0;
if (mode === 'validate') {
  const result = await validateCsvStream(transactions, file);
  rows = result.rows;
  problems = result.problemCount;
} else {
  rows = await bare(file);
}
const seconds = (performance.now() - started) / 1000;
// resourceUsage().maxRSS is in kilobytes: the process's own high-water mark.
console.log(JSON.stringify({ mode, rows, seconds, peakRssBytes: process.resourceUsage().maxRSS * 1024, problems }));
