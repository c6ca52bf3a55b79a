/**
 * Page weight for cheap phones on slow links: every page's HTML fits 14 KiB gzip-compressed
 * (the first round trip of a TCP connection), and only pages with a chart load any script.
 */
import { expect, it } from 'vitest';
import { BUDGET, htmlFiles, pathOf, readPage, weigh, weightProblems } from '../helpers/site.ts';

const weights = htmlFiles().map((f) => weigh(pathOf(f), readPage(f)));

it('every page is within budget and only pages with charts load scripts', () => {
  const top = [...weights].sort((a, b) => b.gzip - a.gzip).slice(0, 10);
  const kib = (n: number) => (n / 1024).toFixed(1).padStart(6);
  console.log(
    [`Heaviest pages (${weights.length} pages, budget ${BUDGET / 1024} KiB gzip):`, '   gzip KiB    raw KiB  scripts  page']
      .concat(top.map((w) => `   ${kib(w.gzip)}     ${kib(w.bytes)}  ${String(w.scripts).padStart(7)}  ${w.path}`))
      .join('\n'),
  );
  expect(weights.length).toBeGreaterThan(0);
  expect(weights.flatMap(weightProblems)).toEqual([]);
});

it('pages with a chart do load the chart script (the check sees scripts at all)', () => {
  const charted = weights.filter((w) => w.hasChart);
  expect(charted.length).toBeGreaterThan(0);
  for (const w of charted) expect(w.scripts, w.path).toBeGreaterThan(0);
});

it('the check fails for a page over budget and for a chartless page that loads a script', () => {
  const html = readPage(htmlFiles().find((f) => f !== '404.html' && !weigh(f, readPage(f)).hasChart)!);
  const noise = Array.from({ length: 4000 }, (_, i) => ((i * 2654435761) % 2 ** 32).toString(36)).join(' ');
  const heavy = weigh('/heavy/', html.replace('</main>', `<p>${noise}</p></main>`));
  expect(weightProblems(heavy).join('\n')).toMatch(/over 14336/);
  expect(weightProblems({ ...heavy, path: '/ru/staff/' }).join('\n')).toMatch(/over 14336/);
  const scripted = weigh('/scripted/', html.replace('</body>', '<script type="module" src="/_astro/x.js"></script></body>'));
  expect(weightProblems(scripted).join('\n')).toMatch(/loads 1 script\(s\) but has no chart/);
});
