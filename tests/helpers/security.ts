/**
 * Static security checks over built pages and sources: the Content-Security-Policy meta element,
 * script injections (inline handlers, `javascript:` links, unexpected inline scripts), and
 * `set:html` in the sources.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tags, type Tag } from './tags.ts';

/** The policy of a page's CSP meta element, as directive → sources. */
export function cspOf(html: string): Map<string, string[]> | undefined {
  const meta = tags(html).find((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  if (!meta) return undefined;
  const policy = new Map<string, string[]>();
  for (const part of (meta.attrs.get('content') ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

const isDataBlock = (t: Tag) => /^application\/(ld\+)?json$/i.test(t.attrs.get('type') ?? '');

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * What is wrong with a page's policy: missing, set after the resources it guards, allowing inline
 * or eval'd script or other sites, or not listing the hash of an inline script or style the page
 * has (which the browser would then block).
 */
export function cspProblems(html: string): string[] {
  const policy = cspOf(html);
  if (!policy) return ['no Content-Security-Policy meta element'];
  const problems: string[] = [];
  const all = tags(html);
  const body = all.findIndex((t) => t.name === 'body');
  const meta = all.findIndex((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  // JSON-LD and other data blocks are never run, so they may come first.
  const isCode = (t: Tag) => (t.name === 'script' && !isDataBlock(t)) || t.name === 'style' || (t.name === 'link' && /\b(stylesheet|preload|modulepreload)\b/.test(t.attrs.get('rel') ?? ''));
  const guarded = all.findIndex(isCode);
  if (body >= 0 && meta > body) problems.push('the policy is not in <head>');
  if (guarded >= 0 && guarded < meta) problems.push('the policy comes after a script, style or linked file it should guard');
  const expect: Record<string, string> = { 'default-src': "'self'", 'object-src': "'none'", 'base-uri': "'self'" };
  for (const [name, value] of Object.entries(expect)) {
    if (policy.get(name)?.join(' ') !== value) problems.push(`${name} should be ${value}, is ${policy.get(name)?.join(' ') ?? 'missing'}`);
  }
  const scripts = policy.get('script-src') ?? policy.get('default-src') ?? [];
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:']) {
    if (scripts.includes(bad)) problems.push(`script-src allows ${bad}`);
  }
  const styles = policy.get('style-src') ?? policy.get('default-src') ?? [];
  for (const t of all) {
    if (t.name === 'script' && !t.attrs.has('src') && !isDataBlock(t) && !scripts.includes(sha256(t.text ?? ''))) {
      problems.push(`inline script without a hash in script-src: ${(t.text ?? '').slice(0, 60)}`);
    }
    if (t.name === 'style' && !styles.includes(sha256(t.text ?? ''))) problems.push(`inline style without a hash in style-src (the browser would drop it): ${(t.text ?? '').slice(0, 60)}`);
  }
  return problems;
}

/** The one form the site has: the search box, a GET form to a language's search page, no other target. */
export const isSearchForm = (t: Tag) =>
  t.attrs.get('role') === 'search' && (t.attrs.get('method') ?? 'get').toLowerCase() === 'get' && /^\/(ky|ru|en)\/search\/$/.test(t.attrs.get('action') ?? '') && !t.attrs.has('target');

/** Markup that runs script from the page text: event-handler and style attributes, `javascript:` URLs, scripts with unexpected sources. */
export function injectionProblems(html: string): string[] {
  const problems: string[] = [];
  for (const t of tags(html)) {
    for (const [name, value] of t.attrs) {
      if (/^on/.test(name)) problems.push(`<${t.name} ${name}="${value}">: event-handler attribute`);
      if (name === 'style') problems.push(`<${t.name} style="${value}">: style attribute (blocked by the policy)`);
      if (/^\s*(javascript|vbscript|data\s*:\s*text\/html)/i.test(value.replace(/[\u0000-\u001f]/g, '')) && /^(href|src|action|formaction|data|xlink:href)$/.test(name)) {
        problems.push(`<${t.name} ${name}="${value}">: script URL`);
      }
    }
    // The site's bundles, and the 404 page's one plain script (public/moved-redirect.js, issue 17).
    if (t.name === 'script' && t.attrs.has('src') && !/^\/_astro\/[\w.-]+\.js$|^\/moved-redirect\.js$/.test(t.attrs.get('src')!)) problems.push(`<script src="${t.attrs.get('src')}">: not one of the site's bundles`);
    if (['iframe', 'object', 'embed', 'base'].includes(t.name) || (t.name === 'form' && !isSearchForm(t))) problems.push(`<${t.name}>: not expected on this site`);
  }
  return problems;
}

/** Source files under `dir` (recursively) with the given extensions. */
export function sourceFiles(dir: string, exts: readonly string[]): string[] {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => exts.some((e) => f.endsWith(e)));
}

export interface RawHtmlUse {
  file: string;
  line: number;
  code: string;
}

/** Every `set:html`, `innerHTML`-like sink or `document.write` in a source text, outside comment lines. */
export function rawHtmlUses(file: string, text: string): RawHtmlUse[] {
  const out: RawHtmlUse[] = [];
  text.split('\n').forEach((code, i) => {
    if (/^\s*(\*|\/\/|\/\*)/.test(code)) return; // comments may name the sinks
    if (/set:html|\.(inner|outer)HTML\s*=|insertAdjacentHTML|document\.write|createContextualFragment/.test(code)) out.push({ file, line: i + 1, code: code.trim() });
  });
  return out;
}

/**
 * The one allowed kind of raw HTML: JSON-LD inside `<script type="application/ld+json">`, its
 * text produced (directly, or through a `const` of the same file) by a function imported from
 * `src/downloads/jsonld.ts`, which escapes `<`, `>` and `&` so data cannot close the element.
 */
export function isAllowedRawHtml(use: RawHtmlUse, source: string): boolean {
  const m = /<script\s+type="application\/ld\+json"\s+set:html=\{\s*(\w+)\s*(\()?/.exec(use.code);
  if (!m) return false;
  const fn = m[2] ? m[1]! : new RegExp(`const\\s+${m[1]}\\s*=\\s*(\\w+)\\(`).exec(source)?.[1];
  if (!fn) return false;
  return new RegExp(`import\\s*\\{[^}]*\\b${fn}\\b[^}]*\\}\\s*from\\s*['"][./]*(?:src/)?downloads/jsonld(?:\\.ts)?['"]`).test(source);
}

export const readSource = (file: string) => readFileSync(file, 'utf8');
