/**
 * The search page's script, the only script of a page without a chart: it loads the search code
 * (search-run.ts) as its own file from this site, so the page has no inline script of ours.
 */
const box = document.querySelector<HTMLElement>('[data-pagefind]');
if (box) {
  import('./search-run.ts')
    .then(({ run }) => run(box))
    .catch((e: unknown) => {
      box.querySelector<HTMLElement>('.search-status')!.textContent = `${box.dataset.failed ?? ''} ${e instanceof Error ? e.message : String(e)}`;
    });
}
