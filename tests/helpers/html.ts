/**
 * Static checks over built HTML: validity (html-validate with the project's
 * `.htmlvalidate.mjs`) and internal links that must resolve to files.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { htmlFiles, pathOf, readPage } from './site.ts';
import { tags } from './tags.ts';

export { tags, type Tag } from './tags.ts';

const config = ((await import(pathToFileURL(resolve('.htmlvalidate.mjs')).href)) as { default: ConfigData }).default;
const validator = new HtmlValidate(new StaticConfigLoader(config));

/** Errors html-validate reports for one document, as `line:col rule: message`. */
export async function validateHtml(html: string, name = 'page.html'): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

/** Values of `id` attributes in a document. */
export const idsOf = (html: string): Set<string> => new Set(tags(html).flatMap((t) => (t.attrs.has('id') ? [t.attrs.get('id')!] : [])));

const URL_ATTRS = ['href', 'src', 'poster', 'action', 'data'];

/** Every URL a page refers to: link/asset attributes, srcset entries and og:url-like meta content. */
export function refsOf(html: string): string[] {
  const out: string[] = [];
  for (const t of tags(html)) {
    for (const a of URL_ATTRS) if (t.attrs.has(a)) out.push(t.attrs.get(a)!);
    const srcset = t.attrs.get('srcset');
    if (srcset) out.push(...srcset.split(',').map((s) => s.trim().split(/\s+/)[0]!).filter(Boolean));
    const content = t.attrs.get('content');
    if (t.name === 'meta' && content && /^(og:url|og:image|twitter:image)$/.test(t.attrs.get('property') ?? t.attrs.get('name') ?? '')) out.push(content);
  }
  return out;
}

/**
 * Internal references of every page under `dir` that do not resolve: a missing file, a folder
 * linked without its trailing slash, or a `#fragment` with no such id on the target page.
 * `site` is the configured site address: absolute links to it are internal too.
 */
export function brokenLinks(dir: string, site = 'https://example.org'): string[] {
  const problems: string[] = [];
  const idCache = new Map<string, Set<string>>();
  const idsIn = (target: string) => {
    let ids = idCache.get(target);
    if (!ids) idCache.set(target, (ids = idsOf(readFileSync(target, 'utf8'))));
    return ids;
  };
  for (const file of htmlFiles(dir)) {
    const page = new URL(pathOf(file), 'http://site.test');
    for (const ref of refsOf(readPage(file, dir))) {
      if (/^(data|mailto|tel):/i.test(ref)) continue;
      const abs = ref.startsWith(site) ? ref.slice(site.length) || '/' : ref;
      const url = new URL(abs, page);
      if (url.origin !== page.origin) continue;
      const path = decodeURIComponent(url.pathname);
      let target = join(dir, path);
      if (path.endsWith('/')) target = join(target, 'index.html');
      if (!existsSync(target)) {
        problems.push(`${pathOf(file)} → ${ref}: no such file`);
        continue;
      }
      if (statSync(target).isDirectory()) {
        problems.push(`${pathOf(file)} → ${ref}: a folder, link it with a trailing slash`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsIn(target).has(fragment)) {
        problems.push(`${pathOf(file)} → ${ref}: no element with id «${fragment}»`);
      }
    }
  }
  return problems;
}
