/** The site's languages, in the order the language switch shows them. */
export const LANGS = ['ky', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Intl locales: Kyrgyz and Russian both write "5 684 800,5". */
export const LOCALES: Record<Lang, string> = { ky: 'ky-KG', ru: 'ru-RU', en: 'en' };

/** Each language's own name, for the switch. */
export const LANG_NAMES: Record<Lang, string> = { ky: 'Кыргызча', ru: 'Русский', en: 'English' };

export const isLang = (x: string): x is Lang => (LANGS as readonly string[]).includes(x);
