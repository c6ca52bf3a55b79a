/** Site URLs in one place: every page lives under /<lang>/, and BASE lets the site sit in a sub-folder. */
import type { Lang } from '../../i18n/langs.ts';

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** @example href('ru', 'orozbekov', 'budget') // "/ru/orozbekov/budget/" */
export function href(lang: Lang | null, ...segments: Array<string | number>): string {
  const parts = [lang, ...segments].filter((s) => s !== null && s !== '').map((s) => encodeURIComponent(String(s)));
  return `${base}${parts.join('/')}${parts.length ? '/' : ''}`;
}

/** An asset or download path under the base. */
export const asset = (path: string) => `${base}${path.replace(/^\//, '')}`;
