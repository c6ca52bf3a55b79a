/**
 * Typed interface strings for ky/ru/en. `checkDictionaries` runs when this module loads,
 * so a key missing (or empty) in any language stops the build, not only the type check.
 */
import type { Dictionary, Key } from './dictionary.ts';
import { en } from './dictionaries/en.ts';
import { ky } from './dictionaries/ky.ts';
import { ru } from './dictionaries/ru.ts';
import type { Lang } from './langs.ts';

export type { Key } from './dictionary.ts';
export * from './langs.ts';

/** Throws, naming every missing, empty or unknown key per language. */
export function checkDictionaries(dicts: Record<string, Record<string, string>>, reference: Record<string, string>): void {
  const keys = Object.keys(reference);
  const problems: string[] = [];
  for (const [lang, dict] of Object.entries(dicts)) {
    for (const k of keys) if (!dict[k]?.trim()) problems.push(`${lang}: missing "${k}"`);
    for (const k of Object.keys(dict)) if (!(k in reference)) problems.push(`${lang}: unknown "${k}"`);
  }
  if (problems.length > 0) throw new Error(`i18n dictionaries are incomplete:\n${problems.join('\n')}`);
}

const dictionaries: Record<Lang, Dictionary> = { ru, ky, en };
checkDictionaries(dictionaries, ru);

/**
 * @example t('ru', 'hearings.hearing', { date: '26 января 2013 г.' }) // "Слушание 26 января 2013 г."
 */
export function t(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** A `t` bound to one language, for components. */
export const translator = (lang: Lang) => (key: Key, params?: Record<string, string | number>) => t(lang, key, params);
export type T = ReturnType<typeof translator>;
