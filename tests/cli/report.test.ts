import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/datasets/problems.ts';
import { fileTable, githubAnnotations, markdownReport, shortValue, textReport } from '../../src/cli/report.ts';
import { copyData, NODE, setCell } from '../datasets/data-fixture.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

const problems: Problem[] = [
  { code: 'required', severity: 'error', file: 'municipalities/x/budget.csv', row: 3, column: 'year', value: '' },
  { code: 'not-a-number', severity: 'error', file: 'municipalities/x/budget.csv', row: 12, column: 'amount_som', value: '12,0 тыс.' },
  { code: 'total-mismatch', severity: 'warning', file: 'municipalities/x/budget.csv', row: 105, column: 'stated', value: '449', params: { stated: 449, computed: 649, what: 'a | b' } },
  { code: 'invalid-json', severity: 'error', file: 'municipalities/x/municipality.json', params: { detail: 'Unexpected token' } },
];

describe('the validator’s table', () => {
  it('aligns the columns: every line has its separators at the same places', () => {
    const lines = fileTable(problems.slice(0, 3), 'ru');
    expect(lines).toHaveLength(5);
    const bars = (l: string) => [...l.matchAll(/ [|+] /g)].slice(0, 3).map((m) => m.index);
    const first = bars(lines[0]!);
    expect(first).toHaveLength(3);
    for (const l of lines.slice(1)) expect(bars(l.replace(/-\+-/g, ' + '))).toEqual(first);
    expect(lines[0]).toContain('Строка | Столбец');
    expect(lines[3]).toMatch(/^\s+12 \| amount_som \| 12,0 тыс\.\s+\| ошибка \[not-a-number\]: это не число/);
  });

  it('shows long or multi-line values short and on one line, and empty ones visibly', () => {
    expect(shortValue('a\nb')).toBe('a b');
    expect(shortValue('x'.repeat(50))).toBe(`${'x'.repeat(29)}…`);
    expect(shortValue('')).toBe('«»');
  });

  it('ends with the one-line summary and points to the guide', () => {
    const text = textReport(problems, 'en', 'data', 1).split('\n');
    expect(text.at(-1)).toBe('Summary: 3 error(s), 1 warning(s), 2 file(s) with problems.');
    expect(text.at(-2)).toContain('docs/staff-guide');
    expect(textReport([], 'ky', 'data', 1).split('\n').at(-1)).toBe('Ката жок. Жыйынтык: ката 0, эскертүү 0, кемчилиги бар файлдар 0.');
  });

  it('writes GitHub annotations on the CSV line, with properties escaped', () => {
    const [first, , third, fourth] = githubAnnotations(problems, 'en', 'data');
    expect(first).toBe('::error file=data/municipalities/x/budget.csv,line=3,title=required — year «»::the cell is empty but a value is required. Fill it in.');
    expect(third).toMatch(/^::warning file=data\/municipalities\/x\/budget\.csv,line=105,title=total-mismatch — stated «449»::/);
    expect(fourth).toMatch(/^::error file=data\/municipalities\/x\/municipality\.json,title=invalid-json::/);
  });

  it('writes a Markdown summary whose cells cannot break the table', () => {
    const md = markdownReport(problems, 'en', 'data');
    expect(md).toContain('| 105 | stated | 449 | warning [total-mismatch]: ');
    expect(md).toContain('(a \\| b)');
    const rows = md.split('\n').filter((l) => l.startsWith('| 105 '));
    expect(rows[0]!.split(/(?<!\\)\|/).length).toBe(6);
  });
});

describe('npm run validate on a broken copy', () => {
  it('prints a table per file in the chosen language and exits 1', () => {
    const dir = copyData();
    setCell(dir, 'municipalities/ak-chiy-kachybek-sovetskoe/surveys.csv', 2, 'score', '3,6 из 5');
    const r = spawnSync(NODE, ['src/cli/validate.ts', '--data', dir, '--lang', 'ky'], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/municipalities\/ak-chiy-kachybek-sovetskoe\/surveys\.csv\n\s+Сап \| Мамыча\s+\| Маани\s+\| Эмнеси туура эмес/);
    expect(r.stdout).toMatch(/\n\s+2 \| score\s+\| 3,6 из 5 \| ката \[not-a-number\]: бул сан эмес/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('Жыйынтык: ката 1, эскертүү 4, кемчилиги бар файлдар 2.');
  });

  it('on GitHub Actions also annotates the lines; --format markdown prints the summary in Russian and Kyrgyz', () => {
    const r = spawnSync(NODE, ['src/cli/validate.ts', '--lang', 'en'], { encoding: 'utf8', env: { ...process.env, DATA_DIR: FIXTURE_DATA, GITHUB_ACTIONS: 'true' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`::warning file=${FIXTURE_DATA}/municipalities/ak-chiy-kachybek-sovetskoe/stated_totals.csv,line=8,title=total-mismatch — stated «449»::`);
    const m = spawnSync(NODE, ['src/cli/validate.ts', '--format', 'markdown'], { encoding: 'utf8', env: { ...process.env, DATA_DIR: FIXTURE_DATA, GITHUB_ACTIONS: 'true' } });
    expect(m.status).toBe(0);
    expect(m.stdout).not.toContain('::warning');
    expect(m.stdout).toContain('| Строка | Столбец | Значение | Что не так и как исправить |');
    expect(m.stdout).toContain('| Сап | Мамыча | Маани | Эмнеси туура эмес жана кантип оңдоо керек |');
    expect(m.stdout).toMatch(/\| 8 \| stated \| 449 \| предупреждение \[total-mismatch\]: указанный итог 449/);
    expect(m.stdout.indexOf('## Проверка данных')).toBeLessThan(m.stdout.indexOf('## Маалыматтарды текшерүү'));
  });
});

describe('messages that scale', () => {
  const many = (n: number, column = 'year', value = '20l4'): Problem[] =>
    Array.from({ length: n }, (_, i) => ({ code: 'not-a-number', severity: 'error', file: 'municipalities/x/budget.csv', row: i + 2, column, value, params: { kind: 'year' } }) as Problem);

  it('the same problem in 10 000 rows of one column is one line with the count and the first rows', () => {
    const problems = [...many(10_000), ...many(2, 'amount').map((p) => ({ ...p, params: { kind: 'money' } }))];
    const table = fileTable(problems, 'ru');
    expect(table).toHaveLength(2 + 1 + 2);
    const line = table.find((l) => /\[not-a-number\] в 10\s000 строках/.test(l))!;
    expect(line).toMatch(/^\s+2, 3, 4, 5, 6, … \| year\s+\| 20l4\s+\| ошибка \[not-a-number\] в 10\s000 строках: это не год/);
    expect(line).not.toMatch(/сом/);
    expect(markdownReport(problems, 'ky', 'data').split('\n').filter((l) => l.includes('[not-a-number]'))).toHaveLength(3);
    expect(githubAnnotations(problems, 'ru', 'data')).toHaveLength(3);
    expect(textReport(problems, 'ru', 'data', 1).split('\n').length).toBeLessThan(15);
  });

  it('different values in the grouped rows are called so; three rows stay three lines', () => {
    const problems = many(5).map((p, i) => ({ ...p, value: `x${i}` }));
    expect(fileTable(problems, 'en').at(-1)).toMatch(/\| various \| error \[not-a-number\] on 5 rows:/);
    expect(fileTable(many(3), 'en')).toHaveLength(5);
  });
});
