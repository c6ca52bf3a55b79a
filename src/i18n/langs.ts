/**
 * The site's languages and their one locale table. A new language is a row here and a
 * folder of texts (src/i18n/<lang>/) named in src/i18n/index.ts.
 */
export interface Locale {
  /** Intl locale of numbers and dates: Kyrgyz and Russian both write "5 684 800,5". */
  intl: string;
  /** Open Graph locale of the pages (`og:locale`). */
  og: string;
  /** Chart.js number locales, best first: browsers often lack Kyrgyz number data. */
  chart: readonly string[];
  /** The language's own name, for the language switch. */
  name: string;
}

/** One row per language, in the order the language switch shows them. */
export const LOCALE = {
  ky: { intl: 'ky-KG', og: 'ky_KG', chart: ['ky-KG', 'ru-RU'], name: 'Кыргызча' },
  ru: { intl: 'ru-RU', og: 'ru_RU', chart: ['ru-RU'], name: 'Русский' },
  en: { intl: 'en', og: 'en_US', chart: ['en'], name: 'English' },
} as const satisfies Record<string, Locale>;

export type Lang = keyof typeof LOCALE;
// Pure: the chart bundle reads only LOCALE, and drops the rest.
export const LANGS = /* @__PURE__ */ Object.keys(LOCALE) as Lang[];

const column = <K extends keyof Locale>(k: K) => Object.fromEntries(LANGS.map((l) => [l, LOCALE[l][k]])) as unknown as Record<Lang, Locale[K]>;
/** Intl locales by language (a column of LOCALE). */
export const LOCALES = /* @__PURE__ */ column('intl');
/** Each language's own name (a column of LOCALE). */
export const LANG_NAMES = /* @__PURE__ */ column('name');

export const isLang = (x: string): x is Lang => (LANGS as readonly string[]).includes(x);
