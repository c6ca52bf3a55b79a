import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'validate-transactions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'date;number;municipality;code;label;direction;amount;counterparty\n';
const row = (n: number, amount = '100,50') => `01.02.2024;${n};kara-suu;1211;Жер салыгы;revenue;${amount};Жители\n`;
const run = (file: string, ...extra: string[]) =>
  spawnSync(process.execPath, ['src/cli/validate-transactions.ts', file, ...extra], { encoding: 'utf8' });

describe('npm run validate:transactions', () => {
  it('passes a good file with exit code 0', () => {
    const file = join(dir, 'good.csv');
    writeFileSync(file, HEADER + row(1) + row(2));
    const r = run(file);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Строк: 2\. Ошибок: 0\./);
  });

  it('names the file, row, column and value of a bad cell, in the chosen language, and exits 1', () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, HEADER + row(1) + row(2, '12,0 тыс.') + row(3));
    const r = run(file, '--lang', 'en');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Error: bad.csv, row 3, column amount, value «12,0 тыс.»: this is not a number.');
    expect(r.stdout).toMatch(/Rows: 3\. Errors: 1\./);
  });

  it('shows only the first problems with --max and says how many there are', () => {
    const file = join(dir, 'many.csv');
    writeFileSync(file, HEADER + Array.from({ length: 30 }, (_, i) => row(i + 1, 'x')).join(''));
    const r = run(file, '--max', '5');
    expect(r.stdout.match(/^Ошибка:/gm)).toHaveLength(5);
    expect(r.stdout).toMatch(/Ошибок: 30\. Показаны первые 5\./);
  });

  it('explains its usage without a file', () => {
    const r = run('--lang', 'ru');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/validate:transactions -- FILE/);
  });
});
