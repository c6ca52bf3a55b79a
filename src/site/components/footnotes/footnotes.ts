/**
 * Source footnotes for one block of a page: each figure links to a numbered note that names
 * the document and section, so the source is one tap away on a phone. The blocks of one page
 * share their notes (PageNotes): a source cited in several sections is listed once, under the
 * first block that cites it, and numbered once per page (repeated notes were 7 % of the site).
 */
import type { SourceDocument } from '../../../datasets/municipality.ts';
import { noteId } from '../../../datasets/ids.ts';

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

/** The notes of one page, shared by its blocks. */
export class PageNotes {
  readonly byKey = new Map<string, Footnote>();
  count = 0;
}

/** The page's shared notes, kept in Astro.locals (one object per rendered page). */
export const pageNotes = (locals: object): PageNotes => ((locals as { footnotes?: PageNotes }).footnotes ??= new PageNotes());

export class Footnotes {
  /** The notes this block lists: those it cited first on its page. */
  readonly list: Footnote[] = [];
  readonly #prefix: string;
  readonly #sources: readonly SourceDocument[];
  readonly #byKey: Map<string, Footnote>;
  readonly #page: PageNotes | undefined;

  constructor(prefix: string, sources: readonly SourceDocument[], page?: PageNotes) {
    this.#prefix = prefix;
    this.#sources = sources;
    this.#page = page;
    this.#byKey = page?.byKey ?? new Map();
  }

  /** The footnote for a record; records with the same source and note share one. */
  ref(record: SourceRef): Footnote | undefined {
    if (!record.source_doc && !record.note) return undefined;
    const key = `${record.source_doc}\u0000${record.source_section}\u0000${record.note}`;
    let f = this.#byKey.get(key);
    if (!f) {
      const doc = this.#sources.find((s) => s.id === record.source_doc);
      const n = this.#page ? ++this.#page.count : this.list.length + 1;
      // A record id of a note's shape is refused by the data check (src/datasets/ids.ts NOTE_ID).
      f = { n, id: this.#page ? noteId(n) : `${this.#prefix}-${noteId(n)}`, doc, section: record.source_section, note: record.note };
      this.list.push(f);
      this.#byKey.set(key, f);
    }
    return f;
  }
}
