/** A source document's page: what the site took from it, per dataset (rows and the sections they cite). Pure. */
import type { MunicipalityData } from '../datasets/load.ts';
import { datasetNames, type DatasetName } from '../datasets/registry.ts';

/**
 * A published document's text as paragraphs (blank lines apart), each keeping its line breaks:
 * slides' text is shown as the source has it, never rewritten.
 */
export const documentParagraphs = (text: string): string[] =>
  text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/[ \t]+$/gm, '').trim())
    .filter(Boolean);

export interface SourceUse {
  dataset: DatasetName;
  rows: number;
  sections: string[];
}

export function sourceUse(m: MunicipalityData, doc: string): { profile: boolean; uses: SourceUse[] } {
  const uses: SourceUse[] = [];
  for (const dataset of datasetNames) {
    const rows = (m.tables[dataset] as ReadonlyArray<{ source_doc?: string; source_section?: string }>).filter((r) => r.source_doc === doc);
    if (rows.length) uses.push({ dataset, rows: rows.length, sections: [...new Set(rows.map((r) => r.source_section).filter((s): s is string => !!s))] });
  }
  return { profile: m.profile.profile_source.doc === doc, uses };
}

/** The source documents of a municipality, for one page each. */
export const sourcesOf = <S extends { municipality: string }>(m: MunicipalityData, sources: readonly S[]) => sources.filter((s) => s.municipality === m.profile.id);
