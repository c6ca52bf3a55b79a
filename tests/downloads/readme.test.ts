/**
 * The data README (src/downloads/readme.ts): the checks' warnings in full, the profiles' notes in
 * full, and per table only how many rows have a note (the notes are in the tables' `note` column).
 */
import { expect, it } from 'vitest';
import { loadData } from '../../src/checks/load.ts';
import { datasetNames, datasets } from '../../src/datasets/registry.ts';
import { buildCatalogue } from '../../src/downloads/catalogue.ts';
import { readme } from '../../src/downloads/readme.ts';
import { readRelease } from '../../src/downloads/release.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

const data = loadData(FIXTURE_DATA);
const text = readme(buildCatalogue(data), { release: readRelease(FIXTURE_DATA), data });
const rowNotes = (name: (typeof datasetNames)[number]) => data.municipalities.flatMap((m) => (m.tables[name] as unknown as Array<{ note?: string }>).flatMap((r) => (r.note ? [r.note] : [])));

it('counts the rows with a note per table, and lists no row note', () => {
  const counted = datasetNames.filter((name) => rowNotes(name).length > 0);
  expect(counted.length).toBeGreaterThan(1);
  for (const name of counted) expect(text).toContain(`- \`${datasets[name].file}\`: rows with a note / строк с примечанием: ${rowNotes(name).length}\n`);
  const listed = counted.flatMap(rowNotes).filter((note) => note.length > 40 && text.includes(note));
  expect(listed).toEqual([]);
});

it('lists every profile note and every warning', () => {
  const profileNotes = data.municipalities.flatMap((m) => m.profile.notes_ru);
  expect(profileNotes.length).toBeGreaterThan(0);
  for (const note of profileNotes) expect(text).toContain(note);
  const warnings = data.problems.filter((p) => p.severity === 'warning');
  expect(warnings.length).toBeGreaterThan(0);
  expect(text.split('\n').filter((l) => l.startsWith('- ') && warnings.some((w) => l.includes(w.file))).length).toBeGreaterThanOrEqual(warnings.length);
});
