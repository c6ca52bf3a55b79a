/**
 * A 5 000-line budget year (a city's budget with a code hierarchy, in миң сом) builds into pages
 * that each stay within the page budget: the year page lists the top lines, every group its
 * own paged page.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildInto, tempDir } from '../helpers/build.ts';
import { budgetCsv } from '../helpers/budget-fixture.ts';
import { copyData, OROZBEKOV, removeCopies, writeText } from '../helpers/data-copy.ts';
import { BUDGET, weigh } from '../helpers/site.ts';

const outDir = tempDir('kg-dist-budget5000-');
const M = OROZBEKOV.split('/')[1]!;

/** 10 revenue lines × 49 of-which lines and 30 expenditure sections × 149 items, plus both totals: 5 002 lines. */
export function bigBudget(): string {
  const rows: Array<Record<string, string>> = [];
  const base = { year: '2024', phase: 'approved', unit: 'миң сом', source_doc: 'seed-000', source_section: 'Тиркеме' };
  const add = (direction: string, sections: number, items: number) => {
    let all = 0;
    for (let s = 1; s <= sections; s++) {
      let sum = 0;
      const parts: Array<Record<string, string>> = [];
      for (let i = 1; i <= items; i++) {
        const v = 10 + ((s * 31 + i * 17) % 90) + (i % 10) / 10;
        sum += v;
        parts.push({ ...base, direction, line: `${s}.${i}`, parent: String(s), code: `0${s}${String(i).padStart(4, '0')}`, label_ky: `мунун ичинен: мекеменин чыгашасы № ${i} (бөлүм ${s})`, label_ru: `в том числе: расходы учреждения № ${i} (раздел ${s})`, amount: v.toFixed(1).replace('.', ',') });
      }
      all += Math.round(sum * 10) / 10;
      rows.push({ ...base, direction, line: String(s), code: `0${s}`, label_ky: `Бөлүм ${s}: калктуу конуштарды тейлөө`, label_ru: `Раздел ${s}: обслуживание населённых пунктов`, amount: (Math.round(sum * 10) / 10).toFixed(1).replace('.', ',') }, ...parts);
    }
    rows.push({ ...base, direction, line: 'Жалпы', label_ky: 'Жалпы баары', label_ru: 'Итого', amount: (Math.round(all * 10) / 10).toFixed(1).replace('.', ','), total: 'да' });
  };
  add('revenue', 10, 49);
  add('expenditure', 30, 149);
  return budgetCsv(rows);
}

const htmlUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlUnder(p) : p.endsWith('.html') ? [p] : [];
  });

beforeAll(() => {
  const data = copyData();
  writeText(data, `${OROZBEKOV}/budget.csv`, bigBudget());
  buildInto(outDir, { DATA_DIR: data });
}, 900_000);

afterAll(() => {
  removeCopies();
  rmSync(outDir, { recursive: true, force: true });
});

it('the generated budget has 5 000 lines', () => {
  expect(bigBudget().trim().split('\n').length - 1).toBeGreaterThanOrEqual(5000);
});

it('its year page and every group page stay within 14 KiB gzip', () => {
  for (const lang of ['ky', 'ru', 'en']) {
    const pages = htmlUnder(join(outDir, lang, M, 'budget', '2024'));
    // The year page, the expenditure's whole top level, 40 groups (3 pages each for 149 lines).
    expect(pages.length).toBeGreaterThan(40);
    const weights = pages.map((p) => weigh(p, readFileSync(p, 'utf8')));
    const heaviest = weights.reduce((a, b) => (a.gzip > b.gzip ? a : b));
    expect(weights.filter((w) => w.gzip > BUDGET).map((w) => `${w.path}: ${w.gzip}`)).toEqual([]);
    console.log(`${lang}: ${pages.length} budget pages, heaviest ${heaviest.path} ${heaviest.gzip} B gzip`);
  }
});

it('the year page lists the top lines, links the rest, and shows the stated total beside the computed sum', () => {
  const html = readFileSync(join(outDir, 'ru', M, 'budget', '2024', 'index.html'), 'utf8');
  expect(html).toContain(`/ru/${M}/budget/2024/expenditure/`);
  expect(html).toContain(`/ru/${M}/budget/2024/expenditure-1/`);
  expect(html).toContain('Итог в документе');
  expect(html).toContain('Строки дают в сумме');
  const group = readFileSync(join(outDir, 'ru', M, 'budget', '2024', 'expenditure-1', '3', 'index.html'), 'utf8');
  expect(group).toContain('в том числе: расходы учреждения № 149 (раздел 1)');
});
