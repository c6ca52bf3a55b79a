/**
 * Source footnotes for one block of a page: each figure links to a numbered note that names
 * the document and section, so the source is one tap away on a phone.
 */
import type { SourceDocument } from '../../../datasets/municipality.ts';

export interface SourceRef {
  source_doc?: string | undefined;
  source_section?: string | undefined;
  note?: string | undefined;
}

export interface Footnote {
  n: number;
  id: string;
  doc: SourceDocument | undefined;
  section: string | undefined;
  note: string | undefined;
}

export class Footnotes {
  readonly list: Footnote[] = [];
  readonly #prefix: string;
  readonly #sources: readonly SourceDocument[];
  readonly #byKey = new Map<string, Footnote>();

  constructor(prefix: string, sources: readonly SourceDocument[]) {
    this.#prefix = prefix;
    this.#sources = sources;
  }

  /** The footnote for a record; records with the same source and note share one. */
  ref(record: SourceRef): Footnote | undefined {
    if (!record.source_doc && !record.note) return undefined;
    const key = `${record.source_doc}\u0000${record.source_section}\u0000${record.note}`;
    let f = this.#byKey.get(key);
    if (!f) {
      const doc = this.#sources.find((s) => s.id === record.source_doc);
      const n = this.list.length + 1;
      f = { n, id: `${this.#prefix}-fn-${n}`, doc, section: record.source_section, note: record.note };
      this.list.push(f);
      this.#byKey.set(key, f);
    }
    return f;
  }
}
