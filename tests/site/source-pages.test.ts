/**
 * Source pages show "its text or a link": a document whose text names no private person is
 * published in full (seed-002); one that names initiative applicants without recorded consent
 * (seed-000) is not, and its page says so and why, with what the site took from it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentParagraphs } from '../../src/site/sources.ts';
import { readPage } from '../helpers/dist.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';
import { htmlFiles, readPage as readHtml } from '../helpers/site.ts';

describe('source pages', () => {
  it.each(['ky', 'ru', 'en'] as const)('%s: a published document shows its text as the source has it, in its language', (lang) => {
    const page = readPage(`/${lang}/ak-chiy-kachybek-sovetskoe/sources/seed-002/`);
    const text = page.querySelector('.doc-text')!;
    expect(text.getAttribute('lang')).toBe('ru');
    const source = readFileSync(join(FIXTURE_DATA, 'documents/002_0676f2b4bdecfbf0.txt'), 'utf8');
    expect(text.querySelectorAll('p')).toHaveLength(documentParagraphs(source).length);
    expect(text.text).toContain('Население – 3728 чел.');
    expect(text.text).toContain('Всего затречено 457000 сом');
    expect(page.querySelector('#text-withheld')).toBeNull();
  });

  it.each(['ky', 'ru', 'en'] as const)('%s: a document naming applicants without consent is not published, and the page says why', (lang) => {
    const page = readPage(`/${lang}/orozbekov/sources/seed-000/`);
    expect(page.querySelector('.doc-text')).toBeNull();
    expect(page.querySelector('#text-withheld')!.text.length).toBeGreaterThan(40);
    expect(page.querySelectorAll('h2').length).toBeGreaterThan(0); // what the site took from it
  });

  it('no page of the site names the applicants the withheld document names', () => {
    for (const f of htmlFiles()) {
      const html = readHtml(f);
      for (const name of ['Кожонова', 'Кулназарова']) expect(html.includes(name), `${f}: ${name}`).toBe(false);
    }
  });

  it('paragraphs keep their lines and lose only blank lines and trailing spaces', () => {
    expect(documentParagraphs('\uFEFFa  \r\nb\r\n\r\n \n\nc')).toEqual(['a\nb', 'c']);
  });
});
