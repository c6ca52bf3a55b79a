/** The view model of a data table: columns, one cell per column and row, and the layout a column count needs. */
import type { Lang } from '../../../i18n/langs.ts';
import type { Picked } from '../../../i18n/pick.ts';
import type { Shown } from '../../translated.ts';
import type { Footnote, Footnotes, SourceRef } from '../footnotes/footnotes.ts';
import { display, machine, type Kind } from '../value/values.ts';

export interface Column<R = any> {
  label: string;
  kind: Kind;
  get: (row: R) => unknown;
  /** Language of data text in this column (source text stays in its language); per row for localized text. */
  dataLang?: string | ((row: R) => string | undefined);
  /** Numeric columns a chart may draw. */
  series?: boolean;
  /** A source text as shown (src/site/translated.ts): the site's translation carries its original. */
  shown?: (row: R) => Shown | undefined;
  /** The cell's text when it is not `get`'s value formatted by kind (an amount as the document prints it, its unit in the header). */
  text?: (row: R) => string | undefined;
  /** First column only: a short second text under the row's label (a line's classification code). */
  sub?: (row: R) => string | undefined;
}

/** A column of localized text: each cell marked with the language its text is in (the page's or a fallback's). */
export function localizedColumn<R>(label: string, value: (row: R) => Picked | undefined): Column<R> {
  return { label, kind: 'text', get: (r) => value(r)?.text, dataLang: (r) => value(r)?.lang };
}

/** A column of source text that the site may have translated: the translation, marked, with the original one tap away. */
export function translatedColumn<R>(label: string, value: (row: R) => Shown | undefined): Column<R> {
  return { label, kind: 'text', get: (r) => value(r)?.text, dataLang: (r) => value(r)?.lang, shown: value };
}

export interface Cell {
  text: string | undefined;
  /** Machine value for `data-value` (series columns only). */
  value: string | undefined;
  numeric: boolean;
  dataLang: string | undefined;
  /** Set when the text is the site's translation. */
  shown?: Shown | undefined;
  /** A short second text (Column.sub). */
  sub?: string | undefined;
}

export interface BodyRow {
  link: string | undefined;
  note: Footnote | undefined;
  cells: Cell[];
}

export const isNumeric = (kind: Kind) => kind !== 'text' && kind !== 'date';

/** Rows as cells. Footnotes are numbered here, in row order, so a table's notes follow its rows. */
export function tableBody<R>(lang: Lang, columns: readonly Column<R>[], rows: readonly R[], href?: (row: R) => string | undefined, notes?: Footnotes): BodyRow[] {
  return rows.map((row) => ({
    link: href?.(row),
    note: notes?.ref(row as SourceRef),
    cells: columns.map((c) => {
      const raw = c.get(row);
      const dataLang = typeof c.dataLang === 'function' ? c.dataLang(row) : c.dataLang;
      const shown = c.shown?.(row);
      const sub = c.sub?.(row);
      const text = c.text ? c.text(row) : display(lang, c.kind, raw);
      return { text, value: c.series ? machine(raw) : undefined, numeric: isNumeric(c.kind), dataLang, ...(shown?.original && { shown }), ...(sub && { sub }) };
    }),
  }));
}

/**
 * Card layout by column count: three or more stack on phones, five on tablets too, eight everywhere.
 * A table of one label column and numbers only (a budget's lines by phase) fits a phone up to four
 * columns: numbers are short, and cards would label every number again (a budget page's cells were
 * half labels).
 */
export function stacking(columns: readonly Pick<Column, 'kind'>[]) {
  const n = columns.length;
  if (n > 1 && columns.slice(1).every((c) => isNumeric(c.kind))) return { stack: n >= 5, wider: n >= 6, widest: n >= 8 };
  return { stack: n >= 3, wider: n >= 5, widest: n >= 8 };
}

/**
 * Per column, the one language every filled cell is in, when two or more cells are filled: its
 * mark ("in Kyrgyz") is then said once, in the header, instead of in every cell.
 */
export function columnLangs(body: readonly BodyRow[], columns: number): Array<string | undefined> {
  return Array.from({ length: columns }, (_, i) => {
    const langs = new Set<string | undefined>();
    let filled = 0;
    for (const r of body) {
      const c = r.cells[i];
      if (c?.text === undefined) continue;
      filled++;
      langs.add(c.dataLang);
    }
    const [only] = langs;
    return filled >= 2 && langs.size === 1 ? only : undefined;
  });
}
