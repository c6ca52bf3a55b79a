/** The search box's script: shows the form, loads Pagefind on first input, renders results as text. */
interface Result {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(q: string): Promise<{ results: Result[] } | null>;
  debouncedSearch?(q: string, o?: unknown, ms?: number): Promise<{ results: Result[] } | null>;
}

const text = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';

for (const box of document.querySelectorAll<HTMLElement>('.search[data-pagefind]')) {
  const form = box.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input')!;
  const list = form.querySelector<HTMLUListElement>('.search-results')!;
  const off = box.querySelector<HTMLAnchorElement>('.search-off');
  if (off?.dataset.on) off.textContent = off.dataset.on;
  form.hidden = false;
  let pf: Promise<Pagefind> | undefined;
  let latest = 0;
  form.addEventListener('submit', (e) => e.preventDefault());
  input.addEventListener('input', async () => {
    const q = input.value.trim();
    const n = ++latest;
    if (q.length < 2) {
      list.replaceChildren();
      return;
    }
    pf ??= import(/* @vite-ignore */ box.dataset.pagefind!) as Promise<Pagefind>;
    const found = await (await pf).search(q);
    if (!found || n !== latest) return;
    const items = await Promise.all(found.results.slice(0, 8).map((r) => r.data()));
    if (n !== latest) return;
    list.replaceChildren(
      ...items.map((d) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        const small = document.createElement('small');
        small.textContent = text(d.excerpt);
        li.append(a, small);
        return li;
      }),
    );
  });
}
