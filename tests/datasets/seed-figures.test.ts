import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/checks/load.ts';
import { figuresOf, squash, type Figures } from '../helpers/flatten.ts';

interface SeedFigure {
  doc: string;
  as_written: string;
  value: number | string;
  kind: string;
  context: string;
  section: string;
}

const seedFigures = JSON.parse(readFileSync('tests/fixtures/seed-figures.json', 'utf8')) as SeedFigure[];
// The bundled data/ (SEED_DATA: another folder, e.g. a copy after the staff guide's tasks — adding rows,
// years or municipalities never removes a seed figure, so this stays green as staff add data).
const { municipalities, sources } = loadData(process.env.SEED_DATA ?? 'data');

/** "000" → the municipality whose source file is 000_….txt (data/sources.json says which). */
function figuresFor(doc: string): Figures {
  const source = sources.find((s) => s.file.startsWith(`${doc}_`));
  const m = municipalities.find((x) => x.profile.id === source?.municipality);
  if (!m) throw new Error(`no municipality for seed ${doc}`);
  return figuresOf(m);
}

function isPresent(f: SeedFigure, figures: Figures): boolean {
  if (typeof f.value === 'number' && figures.numbers.has(f.value)) return true;
  if (typeof f.value === 'string' && figures.strings.has(f.value)) return true;
  // Figures that live only inside text: "№ 01-18/84", age ranges "от18-35 лет".
  return figures.text.includes(squash(f.as_written)) || figures.text.includes(String(f.value));
}

describe('every figure of both seeds is in the data', () => {
  it('covers both seed documents', () => {
    expect(new Set(seedFigures.map((f) => f.doc))).toEqual(new Set(['000', '002']));
  });

  it('finds each figure in the data of its municipality', () => {
    const byDoc = new Map<string, Figures>();
    const missing = seedFigures
      .filter((f) => {
        if (!byDoc.has(f.doc)) byDoc.set(f.doc, figuresFor(f.doc));
        return !isPresent(f, byDoc.get(f.doc)!);
      })
      .map((f) => `${f.doc}: ${JSON.stringify(f.value)} («${f.as_written}») — ${f.context} [${f.section}]`);
    expect(missing, `${missing.length} seed figure(s) missing from data/:\n${missing.join('\n')}`).toEqual([]);
  });

  it('would notice a figure that is absent', () => {
    const figures = figuresFor('002');
    const absent: SeedFigure = { doc: '002', as_written: '9 876 543 сом', value: 9876543, kind: 'money', context: '', section: '' };
    expect(isPresent(absent, figures)).toBe(false);
  });
});
