/**
 * `npm run validate:transactions -- FILE [--lang ru|ky|en] [--max 1000]`: checks a
 * treasury transactions file of any size by streaming it (never read whole), prints the
 * first problems with their rows and columns, the number of the rest, and a summary.
 * Exits 1 when there is an error.
 */
import { basename } from 'node:path';
import { validateCsvStream } from '../datasets/stream.ts';
import { formatProblem, isLang, texts, type Lang } from '../i18n/index.ts';
import { transactions } from '../datasets/tables/transactions.ts';
import { flag } from './args.ts';

const args = process.argv.slice(2);
const lang = (flag(args, 'lang') ?? 'ru') as Lang;
const max = Number(flag(args, 'max') ?? 1000);
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!file || !isLang(lang) || !Number.isInteger(max) || max < 0) {
  console.error('npm run validate:transactions -- FILE [--lang ru|ky|en] [--max 1000]');
  process.exit(2);
}

const words = texts(lang).report.transactions;

const started = performance.now();
const result = await validateCsvStream(transactions, file, { file: basename(file), maxProblems: max });
for (const p of result.problems) console.log(formatProblem(lang, p));
const seconds = (performance.now() - started) / 1000;
console.log(`\n${words(result.rows, result.errorCount, result.problems.length)} (${seconds.toFixed(1)} s, ${Math.round(result.rows / seconds)} rows/s)`);
process.exit(result.errorCount > 0 ? 1 : 0);
