/**
 * `npm run templates [-- --check]`: writes data/templates/ (header-only CSVs, README, and the
 * example files in the declared column order) from the dataset declarations, and the table
 * of problem codes in the staff guides.
 * With --check it writes nothing and exits 1 if any generated file is out of date (for CI).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { driftOf, expectedFiles } from '../staff/generated.ts';

const check = process.argv.includes('--check');
const { stale, extra } = driftOf();

if (check) {
  for (const p of [...stale, ...extra]) console.error(`устарел / out of date: ${p}`);
  if (stale.length + extra.length > 0) {
    console.error('Запустите `npm run templates` и закоммитьте изменения. Run `npm run templates` and commit.');
    process.exit(1);
  }
  console.log('Шаблоны и таблицы кодов актуальны. Templates are up to date.');
} else {
  const expected = expectedFiles();
  for (const path of stale) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, expected.get(path)!);
    console.log(`записан / written: ${path}`);
  }
  for (const path of extra) {
    rmSync(path);
    console.log(`удалён / removed: ${path}`);
  }
  if (stale.length + extra.length === 0) console.log('Без изменений. Nothing to change.');
}
