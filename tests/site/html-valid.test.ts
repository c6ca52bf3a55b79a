/** Every built page is valid HTML by html-validate's recommended rules (tuned in .htmlvalidate.mjs). */
import { describe, expect, it } from 'vitest';
import { validateHtml } from '../helpers/html.ts';
import { htmlFiles, readPage } from '../helpers/site.ts';

describe('html-validate over every built page', () => {
  it.each(htmlFiles())('%s', async (file) => {
    expect(await validateHtml(readPage(file), file)).toEqual([]);
  });
});

it('the validator reports a page broken on purpose: missing alt, duplicate id', async () => {
  const page = htmlFiles().map((f) => readPage(f)).find((html) => html.includes('<table id="'))!;
  const id = /<table id="([^"]+)"/.exec(page)?.[1];
  const broken = page.replace('<main id="main" tabindex="-1">', `<main id="main" tabindex="-1"><img src="/photo.png"><p id="${id}">x</p>`);
  const errors = (await validateHtml(broken)).join('\n');
  expect(errors).toMatch(/wcag\/h37/);
  expect(errors).toMatch(/no-dup-id/);
});

it('the tweaks in .htmlvalidate.mjs still stop absurd titles and ids with spaces', async () => {
  const page = readPage('index.html').replace(/<title>[^<]*<\/title>/, `<title>${'Бюджет '.repeat(30)}</title>`);
  expect((await validateHtml(page)).join('\n')).toMatch(/long-title/);
  expect((await validateHtml(page.replace('id="main"', 'id="main part"'))).join('\n')).toMatch(/valid-id/);
});
