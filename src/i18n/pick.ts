/**
 * Localized text from data: a value given in some of the site's languages. `pick` returns the
 * text in the page's language or, failing that, in the first language that has it, together
 * with the language it is actually in, so the element can carry the right `lang` attribute.
 */
import { LANGS, type Lang } from './langs.ts';

/** A text in some languages; empty, null or absent where a source gives none. */
export type Localized = { readonly [L in Lang]?: string | null | undefined };

export interface Picked {
  text: string;
  /** The language of `text`: the page's, or the fallback's. */
  lang: Lang;
}

/** Sources are mostly in Russian, so a missing translation falls back to Russian first. */
const SOURCE_LANG: Lang = 'ru';

/** The order `pick` tries languages for a page in `lang`. */
export const fallbackOrder = (lang: Lang): Lang[] => [...new Set<Lang>([lang, SOURCE_LANG, ...LANGS])];

/**
 * @example pick('ky', { ru: 'Школа', ky: null }) // { text: 'Школа', lang: 'ru' }
 * @returns undefined when no language has the text.
 */
export function pick(lang: Lang, value: Localized | null | undefined): Picked | undefined {
  if (!value) return undefined;
  for (const l of fallbackOrder(lang)) {
    const text = value[l];
    if (text) return { text, lang: l };
  }
  return undefined;
}

/** The `lang` attribute an element needs: the text's language where it is not the page's. */
export const langAttr = (page: Lang, picked: Picked | undefined): Lang | undefined => (picked && picked.lang !== page ? picked.lang : undefined);

/** A record with per-language columns `<prefix>_ru`, `<prefix>_ky`, `<prefix>_en`. */
export type LocalizedColumns<P extends string> = { readonly [L in Lang as `${P}_${L}`]?: string | null | undefined };

/**
 * Gathers a record's per-language columns (`label_ru`, `label_ky`, `label_en`) into one value.
 * @example fromColumns({ title_ru: 'Дорога', title_en: 'Road' }, 'title') // { ky: undefined, ru: 'Дорога', en: 'Road' }
 */
export function fromColumns<P extends string>(record: LocalizedColumns<P>, prefix: P): Localized {
  const r = record as Record<string, string | null | undefined>;
  return Object.fromEntries(LANGS.map((l) => [l, r[`${prefix}_${l}`]])) as Localized;
}
