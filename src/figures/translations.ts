/**
 * The site's translations of a municipality's source texts (translations.csv): which field of
 * which record a translation may stand for, the source text it must still match, and the index
 * of translations that are current (an out-of-date one is never shown). Pure functions.
 */
import { columnMeta } from '../datasets/define.ts';
import type { MunicipalityData } from '../datasets/load.ts';
import { datasets, type DatasetName } from '../datasets/registry.ts';
import type { TRANSLATED_TABLES, TRANSLATION_LANGS } from '../datasets/tables/translations.ts';
import type { Row } from './municipality.ts';

export type TranslatedTable = (typeof TRANSLATED_TABLES)[number];
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];

/** Columns that are never translated: ids and references, and personal names. */
const NEVER = new Set(['applicant_name']);

/**
 * The fields of a table a translation may name: the source's text columns (`…_ru`, `name`,
 * `note`); for the profile, its name.
 */
export function translatableFields(table: TranslatedTable): string[] {
  if (table === 'municipality') return ['name'];
  return columnMeta(datasets[table as DatasetName])
    .filter(([name, meta]) => (meta.type === 'string' || meta.type === 'list') && !meta.values && !NEVER.has(name) && (name.endsWith('_ru') || name === 'name' || name === 'note'))
    .map(([name]) => name);
}

/** Whether a field holds a list ("|"-separated items). */
export const isListField = (table: TranslatedTable, field: string): boolean =>
  table !== 'municipality' && columnMeta(datasets[table as DatasetName]).some(([name, meta]) => name === field && meta.type === 'list');

type AnyRecord = Record<string, unknown> & { id?: unknown };

/** The record a translation names, or undefined when the table has no such record. */
export function translatedRecord(m: MunicipalityData, table: TranslatedTable, record: string): AnyRecord | undefined {
  if (table === 'municipality') return record === m.profile.id ? (m.profile as unknown as AnyRecord) : undefined;
  return (m.tables[table as DatasetName] as unknown as AnyRecord[]).find((r) => String(r.id) === record);
}

/** A field's current source text as one string: a list's items joined with "|"; empty when the source gives none. */
export function sourceText(record: AnyRecord, table: TranslatedTable, field: string): string {
  if (table === 'municipality' && field === 'name') return (record as unknown as { name: { ru: string | null } }).name.ru ?? '';
  const v = record[field];
  if (Array.isArray(v)) return v.join('|');
  return typeof v === 'string' ? v : '';
}

/** Whether a translation of this field still translates `current`: same original, and as many items as a list has. */
export const matchesSource = (table: TranslatedTable, field: string, current: string, t: { text: string; original: string }): boolean =>
  current === t.original && (!isListField(table, field) || t.text.split('|').length === current.split('|').length);

/** Whether a translation still translates the current source text. */
export const isCurrent = (m: MunicipalityData, t: Row<'translations'>): boolean => {
  const r = translatedRecord(m, t.table, t.record);
  return r !== undefined && translatableFields(t.table).includes(t.field) && matchesSource(t.table, t.field, sourceText(r, t.table, t.field), t);
};

const key = (table: string, record: string, field: string, lang: string) => `${table}\u0000${record}\u0000${field}\u0000${lang}`;
const indexCache = new WeakMap<MunicipalityData, Map<string, Row<'translations'>>>();

/** The current translations of a municipality, by table, record, field and language. */
function indexOf(m: MunicipalityData): Map<string, Row<'translations'>> {
  let index = indexCache.get(m);
  if (!index) {
    index = new Map(m.tables.translations.filter((t) => isCurrent(m, t)).map((t) => [key(t.table, t.record, t.field, t.lang), t]));
    indexCache.set(m, index);
  }
  return index;
}

/** The current translation of one field into `lang`, with the source text it translates; undefined when there is none. */
export function translationOf(m: MunicipalityData, table: TranslatedTable, record: string, field: string, lang: string): { text: string; original: string } | undefined {
  const t = indexOf(m).get(key(table, record, field, lang));
  return t && { text: t.text, original: t.original };
}
