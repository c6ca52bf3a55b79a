/** A Content-Security-Policy on every page, no script injections in the output, no raw HTML from data in the sources. */
import { describe, expect, it } from 'vitest';
import { cspProblems, injectionProblems, isAllowedRawHtml, rawHtmlUses, readSource, sourceFiles } from '../helpers/security.ts';
import { htmlFiles, readPage } from '../helpers/site.ts';
import { tags } from '../helpers/tags.ts';

describe('every built page has a strict policy and no script injections', () => {
  it.each(htmlFiles())('%s', (file) => {
    const html = readPage(file);
    expect(cspProblems(html)).toEqual([]);
    expect(injectionProblems(html)).toEqual([]);
  });
});

it('the checks report an injected inline script, handler, script URL and a weakened policy', () => {
  const html = readPage(htmlFiles().find((f) => f.includes('/initiatives/'))!);
  const injected = html.replace('</main>', '<script>alert(1)</script><img src="x" onerror="alert(1)" alt=""><a href=" javascript:alert(1)">x</a></main>');
  expect(cspProblems(injected).join('\n')).toContain('inline script without a hash in script-src: alert(1)');
  const found = injectionProblems(injected).join('\n');
  expect(found).toContain('onerror');
  expect(found).toContain('script URL');
  // The search box is the one form allowed: a GET form to a language's search page.
  expect(injectionProblems(html).join('\n')).not.toContain('<form>');
  expect(injectionProblems(html.replace('</main>', '<form action="https://example.net/" method="post" role="search"></form></main>')).join('\n')).toContain('<form>: not expected');
  expect(injectionProblems(html.replace('</main>', '<form action="/en/search/" method="post" role="search"></form></main>')).join('\n')).toContain('<form>: not expected');
  const weak = html.replace(/script-src 'self'/, "script-src 'self' 'unsafe-inline'");
  expect(cspProblems(weak)).toContain("script-src allows 'unsafe-inline'");
  expect(cspProblems(html.replace(/<meta http-equiv="content-security-policy"[^>]*>/, ''))).toEqual(['no Content-Security-Policy meta element']);
});

it('no source file puts raw HTML into a page, except JSON-LD through the escaper', () => {
  const files = sourceFiles('src', ['.astro', '.mdx', '.md', '.ts']);
  expect(files.length).toBeGreaterThan(10);
  const bad = files.flatMap((f) => {
    const text = readSource(f);
    return rawHtmlUses(f, text).filter((u) => !isAllowedRawHtml(u, text));
  });
  expect(bad).toEqual([]);
});

it('the source scan reports set:html with data and innerHTML, and allows only the JSON-LD escaper', () => {
  const page = "---\nimport { jsonLd } from '../downloads/jsonld.ts';\n---\n<p set:html={m.name} />\n<script type=\"application/ld+json\" set:html={jsonLd(m)} />";
  const uses = rawHtmlUses('x.astro', page);
  expect(uses.map((u) => u.line)).toEqual([4, 5]);
  expect(uses.map((u) => isAllowedRawHtml(u, page))).toEqual([false, true]);
  const elsewhere = page.replace("'../downloads/jsonld.ts'", "'./my-json.ts'");
  expect(isAllowedRawHtml(rawHtmlUses('x.astro', elsewhere)[1]!, elsewhere)).toBe(false);
  const viaConst = "---\nimport { escapeJsonForHtml } from '../../downloads/jsonld.ts';\nconst escaped = escapeJsonForHtml(v);\nconst raw = JSON.stringify(v);\n---\n<script type=\"application/ld+json\" set:html={escaped} />\n<script type=\"application/ld+json\" set:html={raw} />";
  expect(rawHtmlUses('y.astro', viaConst).map((u) => isAllowedRawHtml(u, viaConst))).toEqual([true, false]);
  expect(rawHtmlUses('draw.ts', 'el.innerHTML = label;')).toHaveLength(1);
  expect(rawHtmlUses('draw.ts', ' * never use innerHTML = here')).toHaveLength(0);
});

it('the tag scanner reads markup as a browser does: "<" inside an attribute value is text', () => {
  const found = tags('<meta content="<script>alert(1)</script>"><!-- <img> --><p title=\'a>b\'>x &lt;img&gt;</p><script type="module">let a = "<img>";</script><img src="y.png" alt="">');
  expect(found.map((t) => t.name)).toEqual(['meta', 'p', 'script', 'img']);
  expect(found[0]!.attrs.get('content')).toBe('<script>alert(1)</script>');
  expect(found[1]!.attrs.get('title')).toBe('a>b');
  expect(found[2]!.text).toBe('let a = "<img>";');
});
