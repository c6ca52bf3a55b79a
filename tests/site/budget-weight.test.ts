/**
 * A 5 000-line budget year (a city's budget with a code hierarchy, in миң сом) builds into pages
 * that each stay within the page budget: the year page lists the top lines, every group its
 * own paged page (the year is far over INLINE_LINES). A year at exactly INLINE_LINES shows its
 * groups as sections of its year page, which stays within budget too.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildInto, tempDir } from '../helpers/build.ts';
import { budgetCsv } from '../helpers/budget-fixture.ts';
import { copyData, OROZBEKOV, removeCopies, writeText } from '../helpers/data-copy.ts';
import { BUDGET, weigh } from '../helpers/site.ts';
import { INLINE_LINES } from '../../src/site/components/budget-year/budget-year.ts';

const outDir = tempDir('kg-dist-budget5000-');
const M = OROZBEKOV.split('/')[1]!;

type Row = Record<string, string>;

/** Sections × items "of which" lines per direction, with both totals, for one year. */
function yearRows(year: string, spec: ReadonlyArray<readonly [string, number, number]>): Row[] {
  const rows: Row[] = [];
  const base = { year, phase: 'approved', unit: 'миң сом', source_doc: 'seed-000', source_section: 'Тиркеме' };
  for (const [direction, sections, items] of spec) {
    let all = 0;
    for (let s = 1; s <= sections; s++) {
      let sum = 0;
      const parts: Row[] = [];
      for (let i = 1; i <= items; i++) {
        const v = 10 + ((s * 31 + i * 17) % 90) + (i % 10) / 10;
        sum += v;
        parts.push({ ...base, direction, line: `${s}.${i}`, parent: String(s), code: `0${s}${String(i).padStart(4, '0')}`, label_ky: `мунун ичинен: мекеменин чыгашасы № ${i} (бөлүм ${s})`, label_ru: `в том числе: расходы учреждения № ${i} (раздел ${s})`, amount: v.toFixed(1).replace('.', ',') });
      }
      all += Math.round(sum * 10) / 10;
      rows.push({ ...base, direction, line: String(s), code: `0${s}`, label_ky: `Бөлүм ${s}: калктуу конуштарды тейлөө`, label_ru: `Раздел ${s}: обслуживание населённых пунктов`, amount: (Math.round(sum * 10) / 10).toFixed(1).replace('.', ',') }, ...parts);
    }
    rows.push({ ...base, direction, line: 'Жалпы', label_ky: 'Жалпы баары', label_ru: 'Итого', amount: (Math.round(all * 10) / 10).toFixed(1).replace('.', ','), total: 'да' });
  }
  return rows;
}

/** 10 revenue lines × 49 of-which lines and 30 expenditure sections × 149 items, plus both totals: 5 002 lines. */
export function bigBudget(): string {
  return budgetCsv(yearRows('2024', [['revenue', 10, 49], ['expenditure', 30, 149]]));
}

/** A year whose groups list exactly INLINE_LINES lines (1 × 10 revenue, 2 × 25 expenditure): the heaviest year shown inline. */
const inlineYear = (): Row[] => yearRows('2023', [['revenue', 1, 10], ['expenditure', 2, (INLINE_LINES - 10) / 2]]);

const htmlUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlUnder(p) : p.endsWith('.html') ? [p] : [];
  });

beforeAll(() => {
  const data = copyData();
  writeText(data, `${OROZBEKOV}/budget.csv`, budgetCsv([...yearRows('2024', [['revenue', 10, 49], ['expenditure', 30, 149]]), ...inlineYear()]));
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

it('a year at the inline threshold shows every group as a section of its year page, within 14 KiB gzip, and has no group pages', () => {
  expect(INLINE_LINES % 2).toBe(0);
  for (const lang of ['ky', 'ru', 'en']) {
    const dir = join(outDir, lang, M, 'budget', '2023');
    expect(htmlUnder(dir).map((p) => p.slice(dir.length))).toEqual(['/index.html']);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    for (const slug of ['revenue-1', 'expenditure-1', 'expenditure-2']) {
      expect(html).toContain(`<section id="${slug}"`);
      expect(html).toContain(`href="/${lang}/${M}/budget/2023/#${slug}"`);
    }
    const w = weigh(join(dir, 'index.html'), html);
    console.log(`${lang}: inline year page (${INLINE_LINES} group lines) ${w.gzip} B gzip`);
    expect(w.gzip).toBeLessThanOrEqual(BUDGET);
  }
  const moved = JSON.parse(readFileSync(join(outDir, 'moved', `${M}.json`), 'utf8')) as { moved: Record<string, string> };
  expect(moved.moved['budget/2023/expenditure-2/']).toBe('budget/2023/#expenditure-2');
  expect(Object.keys(moved.moved).some((k) => k.startsWith('budget/2024/'))).toBe(false);
});
