/** The source documents as a table (sources.csv), beside sources.json: one row per document. */
import { csvText, neutralise } from '../datasets/csv-write.ts';
import type { SourceDocument } from '../datasets/municipality.ts';
import { DIALECTS, LIST_SEPARATOR } from './csv.ts';

export const SOURCES_COLUMNS = ['id', 'file', 'title_ru', 'kind_ru', 'municipality', 'language', 'date_note_ru'] as const;

export function sourcesCsv(sources: readonly SourceDocument[]): string {
  const rows = sources.map((s) => SOURCES_COLUMNS.map((c) => neutralise(c === 'language' ? s.language.join(LIST_SEPARATOR) : (s[c] ?? ''))));
  return csvText([...SOURCES_COLUMNS], rows, DIALECTS.machine);
}
