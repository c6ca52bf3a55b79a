/**
 * The 404 page's one script (external, so the CSP's 'self' allows it): for a record's old address
 * it reads /moved/<m>.json and replaces the location with the new address; for any other path
 * naming a municipality it shows a link to the municipality's page. Without JavaScript the page
 * stays as it is: the way to each language's home page.
 */
import { movedTo, pathParts, type MovedFile } from './moved.ts';

async function run(root: HTMLElement): Promise<void> {
  const base = root.dataset.base ?? '/';
  const parts = pathParts(location.pathname, base);
  if (!parts) return;
  let file: MovedFile;
  try {
    const res = await fetch(`${base}moved/${parts.municipality}.json`);
    if (!res.ok) return;
    file = (await res.json()) as MovedFile;
  } catch {
    return;
  }
  const to = movedTo(parts, base, file);
  if (to) {
    location.replace(to);
    return;
  }
  const link = root.querySelector<HTMLAnchorElement>(`a[data-lang="${parts.lang}"]`);
  const name = file.name[parts.lang];
  if (!link || !name) return;
  link.href = `${base}${parts.lang}/${parts.municipality}/`;
  link.textContent = (link.dataset.template ?? '{m}').replace('{m}', name);
  link.hidden = false;
  root.hidden = false;
}

const root = document.querySelector<HTMLElement>('[data-moved]');
if (root) void run(root);
