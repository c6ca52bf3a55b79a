/** How a municipality is named on a page: its name in the page's language, another language's, or its villages. */
import type { MunicipalityData } from '../datasets/load.ts';
import type { Municipality } from '../datasets/municipality.ts';
import { t, type Lang } from '../i18n/index.ts';
import { fromColumns, langAttr, pick, type LocalizedColumns, type Picked } from '../i18n/pick.ts';
import { shownName, type Shown } from './translated.ts';
import { nameTranslation, type NationalEntry } from '../figures/national.ts';

export interface Name {
  text: string;
  /** Language of the text when it is not the page's (e.g. a Russian name on a Kyrgyz page). */
  lang: string | undefined;
  stated: boolean;
  /** Set when `text` is the site's translation of the source's name (translations.csv). */
  shown?: Shown;
}

/** Village names in the page's language where given, else in Russian. */
export const villageNames = (p: Municipality, lang: Lang): string[] => p.villages.flatMap((v) => pick(lang, v)?.text ?? []);

export function municipalityName(p: Municipality, lang: Lang): Name {
  const name = pick(lang, p.name);
  if (name) return { text: name.text, lang: langAttr(lang, name), stated: true };
  const villages = villageNames(p, lang).join(', ');
  return { text: villages ? t(lang, 'home.unnamed', { villages }) : t(lang, 'home.unnamedNoVillages'), lang: undefined, stated: false };
}

/** The municipality's name, the site's translation first where the source names it in Russian only. */
export function municipalityNameOf(m: MunicipalityData | NationalEntry, lang: Lang): Name {
  const shown = shownName(m.profile, lang, 'nameTranslations' in m ? m.nameTranslations[lang] : nameTranslation(m, lang));
  return shown ? { text: shown.text, lang: undefined, stated: true, shown } : municipalityName(m.profile, lang);
}

/** A record's title in the page's language where the data gives one (`title_ky`, `title_en`), else its Russian title. */
export const recordTitle = (lang: Lang, record: LocalizedColumns<'title'>): Picked | undefined => pick(lang, fromColumns(record, 'title'));
