/**
 * `npm run synth -- --municipalities 480 --years 10 --seed 1 --out bench/out/synth
 *  [--last-year 2024] [--transactions 1000000] [--transactions-only]`
 * Writes a synthetic country in the format of data/ (never into data/), and optionally a
 * treasury-style transactions file `<out>/transactions.csv`. Same arguments, same bytes.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { planCountry, type SynthOptions } from '../synth/country.ts';
import { guardOut, writeCountry } from '../synth/generate.ts';
import { writeTransactions } from '../synth/transactions.ts';
import { flag } from './args.ts';

const args = process.argv.slice(2);

function int(name: string, fallback: number, min: number): number {
  const raw = flag(args, name);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min) {
    console.error(`--${name}: a whole number ≥ ${min} is needed (got «${raw}»)`);
    process.exit(2);
  }
  return value;
}

const options: SynthOptions = {
  municipalities: int('municipalities', 480, 1),
  years: int('years', 10, 1),
  seed: int('seed', 1, 0),
  lastYear: int('last-year', 2024, 1995),
};
const out = flag(args, 'out') ?? 'bench/out/synth';
const rows = int('transactions', 0, 0);
const started = performance.now();

try {
  if (args.includes('--transactions-only')) {
    mkdirSync(guardOut(out), { recursive: true });
    if (rows === 0) throw new Error('--transactions-only needs --transactions N');
  } else {
    writeCountry(out, options);
    console.log(`${options.municipalities} municipalities × ${options.years} years → ${out}`);
  }
  if (rows > 0) {
    const file = join(out, 'transactions.csv');
    writeTransactions(file, planCountry(options), { rows, seed: options.seed });
    console.log(`${rows} transactions → ${file}`);
  }
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
