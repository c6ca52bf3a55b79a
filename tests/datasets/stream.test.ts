import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsvDataset } from '../../src/datasets/define.ts';
import { validateCsvStream } from '../../src/datasets/stream.ts';
import { transactions } from '../../src/datasets/tables/transactions.ts';
import { planCountry } from '../../src/synth/country.ts';
import { writeTransactions } from '../../src/synth/transactions.ts';

const dir = mkdtempSync(join(tmpdir(), 'stream-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'date;number;municipality;code;label;direction;amount;counterparty\n';
const good = (n: number) => `14.03.2023;${String(n).padStart(7, '0')};kara-suu;0451.2221;Жол чарбасы: учурдагы оңдоо;expenditure;12345,67;ОсОО «Көк-Төбө»\n`;

function generated(rows: number): string {
  const file = join(dir, `t-${rows}-${Math.random().toString(36).slice(2)}.csv`);
  writeTransactions(file, planCountry({ municipalities: 3, years: 2, seed: 7, lastYear: 2024 }), { rows, seed: 7 });
  return file;
}

describe('validateCsvStream on a treasury file', () => {
  it('accepts a generated file and counts its rows', async () => {
    const result = await validateCsvStream(transactions, generated(5000), { highWaterMark: 4096 });
    expect(result.problems).toEqual([]);
    expect(result.rows).toBe(5000);
    expect(result.validRows).toBe(5000);
  });

  it('reports a bad row near the end with its spreadsheet row and column, read in small chunks', async () => {
    const file = generated(20_000);
    // Rows 2..20001 are generated; the bad row is row 20002, then two good rows follow.
    appendFileSync(file, '01.02.2024;9000001;kara-suu;0451.2221;x;expenditure;12,3,4;y\n' + good(9000002) + good(9000003));
    const result = await validateCsvStream(transactions, file, { highWaterMark: 4096 });
    expect(result.rows).toBe(20_003);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'not-a-number', row: 20_002, column: 'amount', value: '12,3,4' })]);
  });

  it('names every bad cell of a row and the first row of a duplicate number', async () => {
    const file = join(dir, 'dups.csv');
    writeFileSync(file, HEADER + good(1) + good(2) + '31.02.2023;0000003;Kara Suu;0451.2221;x;доход;5;y\n' + good(1));
    const result = await validateCsvStream(transactions, file);
    const found = result.problems.map((p) => [p.code, p.row, p.column]);
    expect(found).toEqual([
      ['not-a-date', 4, 'date'],
      ['bad-id', 4, 'municipality'],
      ['not-allowed', 4, 'direction'],
      ['duplicate-id', 5, 'number'],
    ]);
    expect(result.problems[3]!.params?.first).toBe(2);
  });

  it('finds the same problems as the in-memory reader', async () => {
    const file = join(dir, 'same.csv');
    writeFileSync(file, HEADER + good(1) + ';0000002;kara-suu;;x;revenue;;y\n' + good(3) + '1;2\n' + good(1));
    const stream = await validateCsvStream(transactions, file);
    const memory = parseCsvDataset(transactions, readFileSync(file), 'transactions.csv');
    const key = (p: { code: string; row?: number; column?: string }) => `${p.code}@${p.row}:${p.column ?? ''}`;
    expect(stream.problems.map(key).sort()).toEqual(memory.problems.map(key).sort());
    expect(stream.problems.length).toBeGreaterThanOrEqual(4);
  });

  it('keeps the first problems only, but counts them all', async () => {
    const file = join(dir, 'many.csv');
    writeFileSync(file, HEADER + Array.from({ length: 50 }, (_, i) => good(i + 1).replace('12345,67', 'много')).join(''));
    const result = await validateCsvStream(transactions, file, { maxProblems: 10 });
    expect(result.problems).toHaveLength(10);
    expect(result.problemCount).toBe(50);
    expect(result.problems.at(-1)!.row).toBe(11);
  });

  it('stops at a missing column', async () => {
    const file = join(dir, 'missing.csv');
    writeFileSync(file, 'date;number\n14.03.2023;1\n');
    const result = await validateCsvStream(transactions, file);
    expect(result.problems.map((p) => p.code)).toContain('missing-column');
    expect(result.rows).toBe(0);
  });

  it('reads Cyrillic split across chunk boundaries, and rejects UTF-16 and non-UTF-8 bytes with the line', async () => {
    const file = join(dir, 'split.csv');
    writeFileSync(file, HEADER + good(1) + good(2));
    for (const size of [5, 7, 13]) {
      expect((await validateCsvStream(transactions, file, { highWaterMark: size })).problems).toEqual([]);
    }
    const utf16 = join(dir, 'utf16.csv');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HEADER, 'utf16le')]));
    expect((await validateCsvStream(transactions, utf16)).problems.map((p) => p.code)).toEqual(['encoding-utf16']);
    const cp1251 = join(dir, 'cp1251.csv');
    writeFileSync(cp1251, Buffer.concat([Buffer.from(HEADER + good(1) + good(2)), Buffer.from([0xcf, 0xd0, 0x0a])]));
    const bad = await validateCsvStream(transactions, cp1251, { highWaterMark: 16 });
    expect(bad.problems).toEqual([expect.objectContaining({ code: 'encoding-not-utf8', params: { line: 4 } })]);
  });

  it('works as the bytes arrive: a problem is reported before the input ends', async () => {
    const input = new PassThrough();
    let reported: (row: number) => void;
    const firstProblem = new Promise<number>((resolve) => (reported = resolve));
    const done = validateCsvStream(transactions, input, { onProblem: (p) => reported(p.row ?? -1) });
    input.write(HEADER + good(1) + good(2).replace('expenditure', 'расход') + good(3));
    // The input is still open: a reader that waited for the whole file would never get here.
    expect(await firstProblem).toBe(3);
    expect(input.writableEnded).toBe(false);
    input.end(good(4));
    expect((await done).rows).toBe(4);
  });
});
