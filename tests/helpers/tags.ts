/** A small HTML tag scanner for checks over built pages (no DOM needed). */

export interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** Offset of the tag's `<` in the document. */
  at: number;
  /** Raw contents of a script or style element. */
  text?: string;
}

const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * Start tags of a document in order, with their attributes, read the way a browser does: a `<`
 * inside a quoted attribute value is text, comments are skipped, and script and style contents
 * are raw text up to their end tag.
 */
export function tags(html: string): Tag[] {
  const out: Tag[] = [];
  let i = 0;
  while ((i = html.indexOf('<', i)) >= 0) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(html);
    if (!m) {
      i++;
      continue;
    }
    const attrs = new Map<string, string>();
    for (const a of (m[2] ?? '').matchAll(ATTR)) attrs.set(a[1]!.toLowerCase(), decode(a[2] ?? a[3] ?? a[4] ?? ''));
    const tag: Tag = { name: m[1]!.toLowerCase(), attrs, at: i };
    i = TAG.lastIndex;
    if (tag.name === 'script' || tag.name === 'style') {
      const end = html.toLowerCase().indexOf(`</${tag.name}`, i);
      tag.text = html.slice(i, end < 0 ? html.length : end);
      i = end < 0 ? html.length : end;
    }
    out.push(tag);
  }
  return out;
}

const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
    if (e[0] !== '#') return named[e.toLowerCase()]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
