/**
 * The site's translations (translations.csv): the schema, the checks against the records they
 * translate (each case a copy of the fixture data with one thing changed, and the exact problems
 * it adds), and what the pages then show: a stale translation is never shown.
 */
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/checks/load.ts';
import type { Problem } from '../../src/datasets/problems.ts';
import { translatableFields } from '../../src/figures/translations.ts';
import { nationalEntry } from '../../src/figures/national.ts';
import { municipalityNameOf } from '../../src/site/names.ts';
import { shownItems, shownText } from '../../src/site/translated.ts';
import { copyData, setCell } from '../datasets/data-fixture.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

const TODAY = '2026-11-23';
const OR = 'municipalities/orozbekov';
const TR = `${OR}/translations.csv`;
// Rows of the fixture's orozbekov/translations.csv: 2–3 the name (ky, en), 4–5 the contest's title, 6–7 the first initiative's title.
const key = (p: Problem) => `${p.code}|${p.severity}|${p.file}|${p.row ?? '—'}|${p.column ?? '—'}`;
const baseline = new Set(loadData(FIXTURE_DATA, { today: TODAY }).problems.map(key));

function added(change: (dir: string) => void): string[] {
  const dir = copyData();
  change(dir);
  return loadData(dir, { today: TODAY }).problems.map(key).filter((k) => !baseline.has(k)).sort();
}

describe('translations.csv is checked', () => {
  it('the fixture and the bundled data have no translation problems', () => {
    for (const dir of [FIXTURE_DATA, 'data']) {
      expect(loadData(dir, { today: TODAY }).problems.filter((p) => p.file.endsWith('translations.csv'))).toEqual([]);
    }
  });

  it.each<[string, (d: string) => void, string[]]>([
    ['a record that does not exist', (d) => setCell(d, TR, 4, 'record', 'mi-9'), [`translation-unknown-record|error|${TR}|4|record`]],
    ['the name of another municipality', (d) => setCell(d, TR, 2, 'record', 'kara-suu'), [`translation-unknown-record|error|${TR}|2|record`]],
    ['a column that is not a source text', (d) => setCell(d, TR, 4, 'field', 'allocation_as_written'), [`translation-unknown-field|error|${TR}|4|field`]],
    ['a personal name (never translated)', (d) => setCell(d, TR, 6, 'field', 'applicant_name'), [`translation-unknown-field|error|${TR}|6|field`]],
    ['an unknown table', (d) => setCell(d, TR, 4, 'table', 'budget'), [`not-allowed|error|${TR}|4|table`]],
    ['a translation into Russian, the sources\u2019 language', (d) => setCell(d, TR, 4, 'lang', 'ru'), [`not-allowed|error|${TR}|4|lang`]],
    ['a translation not marked as the site\u2019s', (d) => setCell(d, TR, 4, 'by', 'source'), [`not-allowed|error|${TR}|4|by`]],
    ['Cyrillic in an English translation', (d) => setCell(d, TR, 5, 'text', 'Конкурс местных инициатив'), [`translation-wrong-lang|warning|${TR}|5|text`]],
    ['a Kyrgyz translation in Latin letters', (d) => setCell(d, TR, 4, 'text', 'Local initiatives contest'), [`translation-wrong-lang|warning|${TR}|4|text`]],
    ['damaged letters (mojibake)', (d) => setCell(d, TR, 4, 'text', 'Ð–ÐµÑ€Ð³Ð¸Ð»Ð¸ÐºÑ‚Ò¯Ò¯'), [`text-mojibake|error|${TR}|4|text`, `translation-wrong-lang|warning|${TR}|4|text`]], // no Cyrillic left either
    [
      'the source text changed: both translations are out of date',
      (d) => setCell(d, `${OR}/contests.csv`, 2, 'title_ru', 'Конкурс местных инициатив 2021'),
      [`translation-out-of-date|warning|${TR}|4|original`, `translation-out-of-date|warning|${TR}|5|original`],
    ],
    ['a list translated with another number of items', (d) => setCell(d, TR, 15, 'text', 'one|two'), [`translation-out-of-date|warning|${TR}|15|original`]],
  ])('%s', (_rule, change, expected) => {
    expect(added(change)).toEqual(expected.sort());
  });

  it('every translatable field is a source text column, never an id or a personal name', () => {
    expect(translatableFields('initiatives')).toContain('title_ru');
    expect(translatableFields('initiatives')).not.toContain('applicant_name');
    expect(translatableFields('initiatives')).not.toContain('id');
    expect(translatableFields('municipality')).toEqual(['name']);
  });
});

describe('what a page shows', () => {
  const m = loadData(FIXTURE_DATA, { today: TODAY }).municipalities.find((x) => x.profile.id === 'orozbekov')!;
  const contest = m.tables.contests[0]!;

  it('Kyrgyz and English pages show the translation with the original; Russian pages the source', () => {
    expect(shownText(m, 'ky', 'contests', contest.id, 'title_ru', contest.title_ru)).toEqual({ text: 'Жергиликтүү демилгелердин сынагы', lang: 'ky', original: { text: 'Конкурс местных инициатив', lang: 'ru' } });
    expect(shownText(m, 'en', 'contests', contest.id, 'title_ru', contest.title_ru)?.text).toBe('Local initiatives contest');
    expect(shownText(m, 'ru', 'contests', contest.id, 'title_ru', contest.title_ru)).toEqual({ text: 'Конкурс местных инициатив', lang: 'ru' });
    expect(municipalityNameOf(m, 'ky').shown?.text).toBe('Орозбеков айылдык аймагы');
    expect(municipalityNameOf(m, 'ru').shown).toBeUndefined();
    // The national pages name it from its national entry, with the same result.
    for (const lang of ['ky', 'ru', 'en'] as const) expect(municipalityNameOf(nationalEntry(m), lang)).toEqual(municipalityNameOf(m, lang));
  });

  it('a stale translation is not shown: the source text is, marked with its language', () => {
    const dir = copyData();
    setCell(dir, `${OR}/contests.csv`, 2, 'title_ru', 'Конкурс местных инициатив 2021');
    const changed = loadData(dir, { today: TODAY }).municipalities.find((x) => x.profile.id === 'orozbekov')!;
    const c = changed.tables.contests[0]!;
    expect(shownText(changed, 'ky', 'contests', c.id, 'title_ru', c.title_ru)).toEqual({ text: 'Конкурс местных инициатив 2021', lang: 'ru' });
  });

  it('a list is shown item by item; an untranslated one stays in the source language', () => {
    const i = m.tables.initiatives.find((x) => x.id === 'papa-mama-i-ya')!;
    const results = shownItems(m, 'en', 'initiatives', i.id, 'results_ru', i.results_ru);
    expect(results).toHaveLength(i.results_ru.length);
    expect(results[0]!.original?.text).toBe(i.results_ru[0]);
    expect(shownItems(m, 'en', 'initiatives', i.id, 'events_ru', i.events_ru).every((s) => s.lang === 'ru' && !s.original)).toBe(true);
  });
});
