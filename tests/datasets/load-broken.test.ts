import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/checks/load.ts';
import { problemMessage } from '../../src/i18n/index.ts';
import { AK_CHIY, OROZBEKOV, copyData, getCell, removeCopies, setCell } from '../helpers/data-copy.ts';
import { errorsOf, where } from '../helpers/problems.ts';
import { runValidate } from './data-fixture.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

afterAll(removeCopies);

/** Copies data/, applies one breakage, and returns the errors the loader reports. */
function errorsAfter(breakData: (dir: string) => void) {
  const dir = copyData();
  breakData(dir);
  return errorsOf(loadData(dir).problems);
}

describe('loadData on a broken copy of data/', () => {
  it('the unbroken copy has no errors (so each error below comes from its breakage)', () => {
    expect(errorsAfter(() => {})).toEqual([]);
  });

  it('reports a priority id that does not exist', () => {
    const file = `${AK_CHIY}/initiative_groups.csv`;
    const errors = errorsAfter((d) => setCell(d, file, 2, 'priorities', 'pp1-roads|pp1-lights'));
    expect(errors.map(where)).toEqual([{ code: 'unknown-reference', file, row: 2, column: 'priorities', value: 'pp1-lights' }]);
    expect(errors[0]!.params?.target).toBe('priorities.csv');
  });

  it('reports a funding owner that does not exist', () => {
    const file = `${OROZBEKOV}/funding.csv`;
    const errors = errorsAfter((d) => setCell(d, file, 3, 'owner', 'papa-mama'));
    expect(errors.map(where)).toEqual([{ code: 'unknown-reference', file, row: 3, column: 'owner', value: 'papa-mama' }]);
    expect(errors[0]!.params?.target).toBe('initiatives.csv');
  });

  it('reports an unknown source document', () => {
    const file = `${AK_CHIY}/hearings.csv`;
    const errors = errorsAfter((d) => setCell(d, file, 4, 'source_doc', 'seed-003'));
    expect(errors.map(where)).toEqual([{ code: 'unknown-reference', file, row: 4, column: 'source_doc', value: 'seed-003' }]);
    expect(errors[0]!.params?.target).toBe('data/sources.json');
  });

  it('refuses an applicant named without consent, and accepts the name with consent', () => {
    const file = `${OROZBEKOV}/initiatives.csv`;
    const name = 'Кулназарова Райма Эркиновна';
    const errors = errorsAfter((d) => setCell(d, file, 3, 'applicant_name', name));
    expect(errors.map(where)).toEqual([{ code: 'name-without-consent', file, row: 3, column: 'applicant_name', value: name }]);
    const withConsent = errorsAfter((d) => {
      setCell(d, file, 3, 'applicant_name', name);
      setCell(d, file, 3, 'applicant_consent', 'да');
    });
    expect(withConsent).toEqual([]);
  });

  it('reports an amount that disagrees with the amount as written', () => {
    const file = `${OROZBEKOV}/funding.csv`;
    const dir = copyData();
    expect(getCell(dir, file, 2, 'amount_as_written')).toBe('12,0 тыс. сом');
    setCell(dir, file, 2, 'amount_som', '1200');
    const errors = errorsOf(loadData(dir).problems);
    expect(errors.map(where)).toEqual([{ code: 'amount-as-written-differs', file, row: 2, column: 'amount_som', value: '1200' }]);
    expect(errors[0]!.params).toMatchObject({ parsed: 12000 });
  });

  it('collects every error: two broken cells in two files give two problems', () => {
    const errors = errorsAfter((d) => {
      setCell(d, `${AK_CHIY}/hearings.csv`, 3, 'women', '21 жен.');
      setCell(d, `${AK_CHIY}/surveys.csv`, 2, 'score', '3,6 балла');
    });
    expect(errors.map(where)).toEqual([
      { code: 'not-a-number', file: `${AK_CHIY}/hearings.csv`, row: 3, column: 'women', value: '21 жен.' },
      { code: 'not-a-number', file: `${AK_CHIY}/surveys.csv`, row: 2, column: 'score', value: '3,6 балла' },
    ]);
  });

  it('has a message for each reported problem in Russian, Kyrgyz and English', () => {
    const errors = errorsAfter((d) => {
      setCell(d, `${AK_CHIY}/hearings.csv`, 2, 'date', '26.13.2013');
      setCell(d, `${AK_CHIY}/projects.csv`, 2, 'plan', 'psd-2012');
      setCell(d, `${OROZBEKOV}/initiatives.csv`, 2, 'applicant_name', 'Кожонова Анаргул Абдиллаевна');
    });
    expect(errors.map((p) => p.code).sort()).toEqual(['name-without-consent', 'not-a-date', 'unknown-reference']);
    for (const p of errors) {
      const [ru, ky, en] = (['ru', 'ky', 'en'] as const).map((lang) => problemMessage(lang, p));
      expect(new Set([ru, ky, en]).size).toBe(3);
      expect(ru).toMatch(/[а-яё]/i);
      expect(ky).toMatch(/[ңөү]/i); // real Kyrgyz, not Russian relabelled
      expect(en).toMatch(/^[\x20-\x7e«»—…“”"'’]+$/u);
    }
  });

  it('takes a missing table file as an empty table, with a warning in the validator summary, not an error', () => {
    const dir = copyData();
    const file = `${AK_CHIY}/surveys.csv`;
    rmSync(join(dir, file));
    const { problems, municipalities } = loadData(dir);
    expect(errorsOf(problems)).toEqual([]);
    expect(problems.filter((p) => p.file === file).map(where)).toEqual([{ code: 'missing-table', file, row: undefined, column: undefined, value: undefined }]);
    expect(municipalities.find((m) => AK_CHIY.endsWith(m.profile.id))!.tables.surveys).toEqual([]);
    const run = runValidate(dir);
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toContain(file);
    expect(run.stdout).toMatch(/Summary: 0 error\(s\), [1-9]\d* warning\(s\)/);
  });
});
