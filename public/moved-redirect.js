// The 404 page's one script, external so the Content-Security-Policy's 'self' allows it (issue 17).
// For a record's old address (/<lang>/<m>/hearings/<id>/ and the like) it reads /moved/<m>.json,
// written by src/pages/moved/[m].json.ts from src/site/routing/moved.ts, and replaces the location
// with the record's new page and anchor. For another path naming a municipality it shows a link to
// the municipality's page. Without JavaScript the page stays as it is: the way to each home page.
// Plain JavaScript in public/ (not bundled), so it is never inlined into the page.
// Tested: tests/site/components/not-found.test.ts (the functions), tests/browser/moved.test.ts (the redirect).

const LANG = /^(ky|ru|en)$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * /<base><lang>/<m>/<rest> → { lang, municipality, rest } (rest with a trailing slash, or ""),
 * or undefined when the path names no municipality.
 * @param {string} pathname
 * @param {string} base
 */
export function pathParts(pathname, base) {
  if (!pathname.startsWith(base)) return undefined;
  const [lang, municipality, ...rest] = pathname.slice(base.length).replace(/index\.html$/, '').split('/');
  if (!lang || !municipality || !LANG.test(lang) || !ID.test(municipality)) return undefined;
  const tail = rest.filter((s) => s !== '').join('/');
  return { lang, municipality, rest: tail ? `${tail}/` : '' };
}

/**
 * The new address of an old one, or undefined when the list does not have it (or it would leave the site).
 * @param {{ lang: string, municipality: string, rest: string }} parts
 * @param {string} base
 * @param {{ moved: Record<string, string> }} file
 */
export function movedTo(parts, base, file) {
  const to = Object.hasOwn(file.moved, parts.rest) ? file.moved[parts.rest] : undefined;
  if (typeof to !== 'string' || /^[a-z]+:|^\/|\\/i.test(to)) return undefined;
  return `${base}${parts.lang}/${parts.municipality}/${to}`;
}

/** @param {HTMLElement} root */
async function run(root) {
  const base = root.dataset.base ?? '/';
  const parts = pathParts(location.pathname, base);
  if (!parts) return;
  let file;
  try {
    const res = await fetch(`${base}moved/${parts.municipality}.json`);
    if (!res.ok) return;
    file = await res.json();
  } catch {
    return;
  }
  const to = movedTo(parts, base, file);
  if (to) {
    location.replace(to);
    return;
  }
  const link = root.querySelector(`a[data-lang="${parts.lang}"]`);
  const name = file.name?.[parts.lang];
  if (!link || typeof name !== 'string') return;
  link.href = `${base}${parts.lang}/${parts.municipality}/`;
  link.textContent = (link.dataset.template ?? '{m}').replace('{m}', name);
  link.hidden = false;
  root.hidden = false;
}

if (typeof document !== 'undefined') {
  const root = document.querySelector('[data-moved]');
  if (root) void run(root);
}
