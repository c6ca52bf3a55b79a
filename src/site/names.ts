/** How a municipality is named on a page, falling back to the Russian name, then to its villages. */
import type { Municipality } from '../datasets/municipality.ts';
import { t, type Lang } from '../i18n/index.ts';

export interface Name {
  text: string;
  /** Language of the text when it is not the page's (e.g. a Russian name on a Kyrgyz page). */
  lang: string | undefined;
  stated: boolean;
}

export function municipalityName(p: Municipality, lang: Lang): Name {
  const own = p.name[lang];
  if (own) return { text: own, lang: undefined, stated: true };
  const fallback = p.name.ru ?? p.name.ky ?? p.name.en;
  if (fallback) return { text: fallback, lang: p.name.ru ? 'ru' : p.name.ky ? 'ky' : 'en', stated: true };
  const villages = p.villages.map((v) => (lang === 'ky' && v.ky) || v.ru).join(', ');
  return { text: villages ? t(lang, 'home.unnamed', { villages }) : t(lang, 'home.unnamedNoVillages'), lang: undefined, stated: false };
}
