/**
 * `npm run templates [-- --check]`: writes data/templates/ (header-only CSVs, README, and the
 * example files in the declared column order) from the dataset declarations, and the table
 * of problem codes in the staff guides.
 * With --check it writes nothing and exits 1 if any generated file is out of date (for CI).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { texts } from '../i18n/index.ts';
import { driftOf, expectedFiles } from '../staff/generated.ts';

// The command speaks Russian and English side by side.
const [ru, en] = [texts('ru').cli.templates!, texts('en').cli.templates!];

const check = process.argv.includes('--check');
const { stale, extra } = driftOf();

if (check) {
  for (const p of [...stale, ...extra]) console.error(`${ru.outOfDate} / ${en.outOfDate}: ${p}`);
  if (stale.length + extra.length > 0) {
    console.error(`${ru.run} ${en.run}`);
    process.exit(1);
  }
  console.log(`${ru.upToDate} ${en.upToDate}`);
} else {
  const expected = expectedFiles();
  for (const path of stale) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, expected.get(path)!);
    console.log(`${ru.written} / ${en.written}: ${path}`);
  }
  for (const path of extra) {
    rmSync(path);
    console.log(`${ru.removed} / ${en.removed}: ${path}`);
  }
  if (stale.length + extra.length === 0) console.log(`${ru.nothing} ${en.nothing}`);
}
