/**
 * A source text as a page shows it: in the page's language where the site translated it (with
 * the original beside it, marked as the site's translation), else as the source wrote it, in
 * its own language (Russian). Russian pages always show the source's words.
 */
import type { MunicipalityData } from '../datasets/load.ts';
import type { Municipality } from '../datasets/municipality.ts';
import type { NameTranslation } from '../figures/national.ts';
import { translationOf, type TranslatedTable } from '../figures/translations.ts';
import type { Lang } from '../i18n/langs.ts';

/** The source texts of these fields are in Russian (`…_ru`, and the profile's name.ru). */
const SOURCE_LANG: Lang = 'ru';

export interface Shown {
  text: string;
  /** The language of `text`. */
  lang: Lang;
  /** Set when `text` is the site's translation: the source's own words. */
  original?: { text: string; lang: Lang };
}

/**
 * One field of one record, in the page's language where a current translation exists.
 * @param source the field's source text (Russian); undefined or empty gives undefined.
 */
export function shownText(m: MunicipalityData, lang: Lang, table: TranslatedTable, record: string, field: string, source: string | null | undefined): Shown | undefined {
  if (!source) return undefined;
  return shownFrom(source, lang, lang === SOURCE_LANG ? undefined : translationOf(m, table, record, field, lang));
}

/** A source text in `lang` where `translation` translates exactly that text, else as the source wrote it. */
function shownFrom(source: string, lang: Lang, translation: { text: string; original: string } | undefined): Shown {
  if (lang === SOURCE_LANG || !translation || translation.original !== source) return { text: source, lang: SOURCE_LANG };
  return { text: translation.text, lang, original: { text: source, lang: SOURCE_LANG } };
}

/** A list field's items, each in the page's language where the list is translated (item by item). */
export function shownItems(m: MunicipalityData, lang: Lang, table: TranslatedTable, record: string, field: string, items: readonly string[]): Shown[] {
  const own = items.map((text): Shown => ({ text, lang: SOURCE_LANG }));
  if (lang === SOURCE_LANG || items.length === 0) return own;
  const t = translationOf(m, table, record, field, lang);
  if (!t || t.original !== items.join('|')) return own;
  const texts = t.text.split('|').map((x) => x.trim());
  return texts.length === items.length ? items.map((text, i) => ({ text: texts[i]!, lang, original: { text, lang: SOURCE_LANG } })) : own;
}

/**
 * The municipality's name where the source gives one in Russian and the site translated it
 * (`translation`: src/figures/national.ts); undefined otherwise.
 */
export function shownName(profile: Municipality, lang: Lang, translation: NameTranslation | undefined): Shown | undefined {
  const name = profile.name;
  if (name[lang] || !name.ru) return undefined; // the source's own name in this language comes first
  const shown = shownFrom(name.ru, lang, translation);
  return shown.original ? shown : undefined;
}

type Titled = { id: string; title_ru?: string | undefined; title_ky?: string | undefined; title_en?: string | undefined };

/** A record's title: the source's own in the page's language (`title_ky`, `title_en`) first, else the Russian one as `shownText` gives it. */
export function shownTitle(m: MunicipalityData, lang: Lang, table: TranslatedTable, r: Titled): Shown | undefined {
  const own = (r as Record<string, string | undefined>)[`title_${lang}`];
  return own ? { text: own, lang } : shownText(m, lang, table, r.id, 'title_ru', r.title_ru);
}
