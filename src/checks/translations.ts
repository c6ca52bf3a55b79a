/**
 * The site's translations (translations.csv) against the records they translate: an unknown
 * record or field is an error; a translation whose original is no longer the source text is
 * out of date (a warning: the site stops showing it); a text in the wrong script for its
 * language is a warning. Damaged letters are found when the file is read (text-damage.ts).
 */
import type { MunicipalityData } from '../datasets/load.ts';
import type { Problem } from '../datasets/problems.ts';
import { datasets, type DatasetName } from '../datasets/registry.ts';
import { matchesSource, sourceText, translatableFields, translatedRecord } from '../figures/translations.ts';

const CYRILLIC = /\p{Script=Cyrillic}/u;

export function checkTranslations(m: MunicipalityData, out: Problem[]): void {
  const file = `municipalities/${m.profile.id}/${datasets.translations.file}`;
  for (const t of m.tables.translations) {
    const at = { file, row: t._row };
    const record = translatedRecord(m, t.table, t.record);
    if (!record) {
      const target = t.table === 'municipality' ? 'municipality.json' : datasets[t.table as DatasetName].file;
      out.push({ code: 'translation-unknown-record', severity: 'error', ...at, column: 'record', value: t.record, params: { table: target } });
      continue;
    }
    const fields = translatableFields(t.table);
    if (!fields.includes(t.field)) {
      out.push({ code: 'translation-unknown-field', severity: 'error', ...at, column: 'field', value: t.field, params: { allowed: fields.join(', ') } });
      continue;
    }
    const current = sourceText(record, t.table, t.field);
    if (!matchesSource(t.table, t.field, current, t)) {
      out.push({ code: 'translation-out-of-date', severity: 'warning', ...at, column: 'original', value: t.original, params: { current } });
    }
    if ((t.lang === 'en') === CYRILLIC.test(t.text)) {
      out.push({ code: 'translation-wrong-lang', severity: 'warning', ...at, column: 'text', value: t.text, params: { lang: t.lang } });
    }
  }
}
