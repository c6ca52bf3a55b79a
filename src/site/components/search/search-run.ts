/**
 * The search itself (loaded by search-page.ts on /<lang>/search/ only): reads ?q=, loads Pagefind's index
 * of the page's language (/pagefind/, built once per build by src/build/search.ts) and lists the
 * results as text — nothing from the index is put into the page as HTML.
 */
import { PAGE_ID } from '../../../datasets/ids.ts';

interface Result {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  search(q: string): Promise<{ results: Result[] } | null>;
}

/** Pagefind's excerpt marks the words found with <mark>: kept as marks, everything else as text. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return [...doc.body.childNodes].map((n) => {
    if (n.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = n.textContent;
      return mark;
    }
    return document.createTextNode(n.textContent ?? '');
  });
}

export async function run(box: HTMLElement): Promise<void> {
  const status = box.querySelector<HTMLElement>('.search-status')!;
  const list = box.querySelector<HTMLOListElement>('.search-results')!;
  const q = (new URLSearchParams(location.search).get('q') ?? '').trim();
  const input = document.querySelector<HTMLInputElement>(`#${PAGE_ID.search}`);
  if (input) input.value = q;
  if (q.length === 0) return;
  status.textContent = box.dataset.searching ?? '';
  const pagefind = (await import(/* @vite-ignore */ box.dataset.pagefind!)) as Pagefind;
  // The index holds paths from the site's root; a site under BASE links them under it.
  await pagefind.options({ baseUrl: box.dataset.base ?? '/' });
  const found = await pagefind.search(q);
  const items = await Promise.all((found?.results ?? []).slice(0, 20).map((r) => r.data()));
  status.textContent = (items.length ? box.dataset.found : box.dataset.none)?.replace('{q}', q).replace('{n}', String(found?.results.length ?? 0)) ?? '';
  list.replaceChildren(
    ...items.map((d) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.title ?? d.url;
      const p = document.createElement('p');
      p.append(...excerptNodes(d.excerpt));
      li.append(a, p);
      return li;
    }),
  );
}
