import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/datasets/csv.ts';
import { findTextDamage, repairMojibake, textDamageProblems } from '../../src/datasets/text-damage.ts';

const DIR = 'tests/fixtures/sheets';
const table = (name: string) => readCsv(new Uint8Array(readFileSync(join(DIR, name))), name);
/** UTF-8 bytes of `text` read as a one-byte encoding, as a misconfigured import does. */
const misread = (text: string, encoding: string) => new TextDecoder(encoding).decode(Buffer.from(text, 'utf8'));
const kinds = (text: string) => findTextDamage(text).map((d) => [d.kind, d.text]);

describe('letters lost to "?"', () => {
  it.each([
    ['М?лк салыгы', [['lost-letters', 'М?лк']]],
    ['Те?дештир??ч? грант', [['lost-letters', 'Те?дештир??ч?']]],
    ['?тк?н жылдан', [['lost-letters', '?тк?н']]],
    ['????? ?????', [['lost-letters', '?????'], ['lost-letters', '?????']]],
    ['Текст с \uFFFD внутри', [['lost-letters', '\uFFFD']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('says where the damaged word is', () => {
    expect(findTextDamage('Салык: М?лк')).toEqual([{ kind: 'lost-letters', severity: 'error', start: 7, end: 11, text: 'М?лк' }]);
  });

  it('leaves real question marks, links and Latin words alone', () => {
    for (const text of ['Бюджет принят?', 'Что?', 'Что?? Да.', 'https://budget.kg/?id=5&lang=ru', 'www.example.kg/?q=бюджет', 'What?', 'caf?', '?', '5 684 800?']) {
      expect(findTextDamage(text), text).toEqual([]);
    }
  });

  it('can leave "???" alone in a column that reports it another way', () => {
    expect(findTextDamage('???', { wholeWords: false })).toEqual([]);
    expect(kinds('???')).toEqual([['lost-letters', '???']]);
  });
});

describe('UTF-8 read as a one-byte encoding', () => {
  it.each([
    ['windows-1251', 'Налог на имущество'],
    ['windows-1251', 'Мүлк салыгы, Өнүктүрүү, Теңдештирүүчү'],
    ['windows-1252', 'Налог на имущество'],
    ['windows-1252', 'Мүлк салыгы, Өнүктүрүү, Теңдештирүүчү'],
  ])('read as %s: %s', (encoding, text) => {
    const damaged = misread(text, encoding);
    const found = findTextDamage(damaged);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((d) => d.kind === 'mojibake' && d.readAs === encoding)).toBe(true);
    expect(repairMojibake(damaged)).toBe(text);
  });

  it('undoes text saved the wrong way twice, with the no-break space kept or turned into a space', () => {
    const twice = misread(misread('Налог на землю', 'windows-1251'), 'windows-1251');
    expect(repairMojibake(twice)).toBe('Налог на землю');
    expect(repairMojibake('Р В°Р В»')).toBe('ал');
  });

  it('undoes Latin-1 damage of accented Latin letters', () => {
    expect(findTextDamage('CafÃ©')).toMatchObject([{ kind: 'mojibake', repaired: 'Café', readAs: 'windows-1252' }]);
  });

  it('leaves Russian, Kyrgyz and accented text alone, including quotes and symbols that are UTF-8 bytes in Windows-1251', () => {
    for (const text of ['«ГОСТ» и «ТЕСТ»', 'Т»', 'ВЁДРО', 'Всё—её', 'Müller', 'Ø 20 мм', 'Мүлк салыгы', '№ 5, 20°С', 'ОсОО «Ай-Тек»']) {
      expect(findTextDamage(text), text).toEqual([]);
    }
    expect(repairMojibake('Налог')).toBeUndefined();
  });
});

describe('Latin letters and look-alikes inside Cyrillic words (warnings)', () => {
  it.each([
    ['Жaлпы', 'latin-in-cyrillic', 'Жалпы'],
    ['Бюджeт', 'latin-in-cyrillic', 'Бюджет'],
    ['ɵнүгүү', 'look-alike', 'өнүгүү'],
    ['Теӊдештирүүчү', 'look-alike', 'Теңдештирүүчү'],
    ['γй', 'look-alike', 'үй'],
    ['көпүрө жана Kөчө', 'latin-in-cyrillic', 'Көчө'],
    ['Koомдук', 'latin-in-cyrillic', 'Коомдук'],
  ])('%s → %s, %s', (text, kind, repaired) => {
    expect(findTextDamage(text)).toMatchObject([{ kind, severity: 'warning', repaired }]);
  });

  it('leaves Latin-only words, hyphenated names and links alone', () => {
    for (const text of ['Wi-Fi роутер', 'SMS-рассылка', 'ООО «Kola»', 'iPhone', 'http://budget.kg/Жалпы', 'XIX век', 'Excelде', 'PDFтин', "LibreOffice'те"]) {
      expect(findTextDamage(text), text).toEqual([]);
    }
  });
});

describe('damaged CSV files written by LibreOffice (tests/fixtures/sheets/make.sh)', () => {
  it('rejects the "Western Europe" export, every Cyrillic cell with its row and column', () => {
    const t = table('budget-western.csv');
    expect(t.problems).toEqual([]); // it is plain ASCII: the CSV reader alone sees nothing wrong
    const problems = textDamageProblems(t.rows, 'budget.csv');
    expect(problems.every((p) => p.code === 'text-lost-letters' && p.severity === 'error')).toBe(true);
    expect(problems.filter((p) => p.row === 2).map((p) => p.column)).toEqual(['label_ky', 'label_ru', 'unit', 'source_section']);
    expect(problems.find((p) => p.row === 2 && p.column === 'label_ru')).toMatchObject({ value: '?????????? ?????', params: { words: '??????????, ?????' } });
  });

  it('rejects the Windows-1251 round trip where only ө, ү, ң were lost', () => {
    const problems = textDamageProblems(table('budget-1251-resaved.csv').rows, 'budget.csv');
    expect(problems.map((p) => [p.code, p.row, p.column, p.params?.words])).toEqual([
      ['text-lost-letters', 3, 'label_ky', 'М?лк'],
      ['text-lost-letters', 3, 'note', '?тк?н, к?б?р??к'],
      ['text-lost-letters', 4, 'label_ky', 'Те?дештир??ч?'],
      ['text-lost-letters', 5, 'note', 'о?доо'],
    ]);
    // "ми? сом" reads like a question: the budget's unit check stops it instead (unknown-unit).
  });

  it.each([
    ['budget-mojibake-1251.csv', 'windows-1251'],
    ['budget-mojibake-1252.csv', 'windows-1252'],
  ])('rejects %s and gives the original text', (name, readAs) => {
    const original = table('source/budget.csv');
    const problems = textDamageProblems(table(name).rows, 'budget.csv');
    const cyrillicCells = original.rows.flatMap(({ row, cells }) => Object.entries(cells).filter(([, v]) => /\p{Script=Cyrillic}/u.test(v)).map(([column, v]) => ({ row, column, v })));
    expect(problems).toHaveLength(cyrillicCells.length);
    for (const { row, column, v } of cyrillicCells) {
      expect(problems.find((p) => p.row === row && p.column === column)).toMatchObject({ code: 'text-mojibake', severity: 'error', params: { repaired: v, readAs } });
    }
  });
});

/** Every CSV file under a folder. */
function csvFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return csvFiles(path);
    return name.endsWith('.csv') ? [path] : [];
  });
}

describe('no false alarms on real text', () => {
  it('finds no damage in the staff guides and code lists (Russian and Kyrgyz prose, links, menus)', () => {
    const found: string[] = [];
    // The wording review quotes the old, damaged spellings it fixed («BOMсуз», look-alike letters) on purpose.
    for (const name of readdirSync('docs').filter((n) => n.endsWith('.md') && n !== 'wording-review.md')) {
      readFileSync(join('docs', name), 'utf8').split('\n').forEach((line, i) => {
        if (line.startsWith('| `text-')) return; // the generated table's rows for damaged text quote damage on purpose
        for (const d of findTextDamage(line)) found.push(`docs/${name}:${i + 1}: ${d.kind} «${d.text}»`);
      });
    }
    expect(found).toEqual([]);
  });

  it('finds no damage in any cell of the bundled data/ (used here as a sample of real text)', () => {
    const files = csvFiles('data');
    expect(files.length).toBeGreaterThan(20);
    let cells = 0;
    const found: string[] = [];
    for (const file of files) {
      const t = readCsv(new Uint8Array(readFileSync(file)), file);
      for (const { row, cells: record } of t.rows) {
        for (const [column, value] of Object.entries(record)) {
          cells++;
          for (const d of findTextDamage(value)) found.push(`${file}:${row}:${column}: ${d.kind} «${d.text}»`);
        }
      }
    }
    expect(cells).toBeGreaterThan(1000);
    expect(found).toEqual([]);
  });
});
