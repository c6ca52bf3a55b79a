/** The text of a language mark: "in Russian" after a text in another language than the page; none when they match. */
import { isLang } from '../../../i18n/langs.ts';
import { t, type Key, type Lang } from '../../../i18n/index.ts';

export const langMark = (lang: Lang, textLang: string | undefined): string | undefined =>
  textLang !== undefined && textLang !== lang && isLang(textLang) ? t(lang, `answers.in.${textLang}` as Key) : undefined;
