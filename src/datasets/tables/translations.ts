import { defineCsv } from '../define.ts';
import { id, oneOf, optText, text } from '../fields.ts';

/** The tables whose texts the site may translate: those whose rows have an `id`, and the profile (`municipality`, field `name`). */
export const TRANSLATED_TABLES = [
  'municipality',
  'hearings',
  'hearing_outcomes',
  'contests',
  'initiatives',
  'projects',
  'action_plans',
  'appraisals',
  'priorities',
  'initiative_groups',
  'events',
  'monitoring_groups',
  'surveys',
] as const;

/** The languages the site translates into: the sources speak Russian, so not into Russian. */
export const TRANSLATION_LANGS = ['ky', 'en'] as const;

/**
 * The site's own translations of the sources' texts (never the source's words): one row per
 * record, field and language. `original` is the exact source text translated; when the source
 * text changes the translation is out of date (a warning) and is not shown. A list field
 * ("|"-separated) is translated item by item, "|" between the items.
 */
export const translations = defineCsv({
  name: 'translations',
  file: 'translations.csv',
  columns: {
    table: oneOf(TRANSLATED_TABLES, { example: 'hearings' }),
    record: id({ example: 'obs-2013-01-26' }),
    field: text({ example: 'title_ru' }),
    lang: oneOf(TRANSLATION_LANGS, { example: 'ky' }),
    text: text(),
    original: text(),
    by: oneOf(['site'], { example: 'site' }),
    note: optText(),
  },
  key: ['table', 'record', 'field', 'lang'],
});
