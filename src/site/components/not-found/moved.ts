/**
 * What the 404 page does with the path it was served for (pure, tested): a record's old address
 * (issue 17) → its new address from /moved/<m>.json; else, when the path names a municipality,
 * the municipality's page to link to.
 */
export interface MovedFile {
  municipality: string;
  name: Record<string, string>;
  moved: Record<string, string>;
}

export interface PathParts {
  lang: string;
  municipality: string;
  /** The rest after /<lang>/<m>/, with a trailing slash ("hearings/obs-1/"), or "" for none. */
  rest: string;
}

const LANG = /^(ky|ru|en)$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** /<base><lang>/<m>/<rest> → its parts, or undefined when the path names no municipality. */
export function pathParts(pathname: string, base: string): PathParts | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const [lang, municipality, ...rest] = pathname.slice(base.length).replace(/index\.html$/, '').split('/');
  if (!lang || !municipality || !LANG.test(lang) || !ID.test(municipality)) return undefined;
  const tail = rest.filter((s) => s !== '').join('/');
  return { lang, municipality, rest: tail ? `${tail}/` : '' };
}

/** The new address of an old one, or undefined when the list does not have it. */
export function movedTo(parts: PathParts, base: string, file: MovedFile): string | undefined {
  const to = Object.hasOwn(file.moved, parts.rest) ? file.moved[parts.rest] : undefined;
  // The list's addresses are relative paths; anything else is not ours to follow.
  if (to === undefined || /^[a-z]+:|^\/|\\/i.test(to)) return undefined;
  return `${base}${parts.lang}/${parts.municipality}/${to}`;
}
