/**
 * The built fixture site shows the site's translations marked as such, with the original one
 * tap away without JS (a <details> whose summary is the mark), everywhere the text is shown;
 * Russian pages show the source's words only; downloads keep the source columns and publish
 * the translations as their own table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST, readPage } from '../helpers/dist.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

const MARK = { ky: 'сайттын котормосу', en: "site's translation" } as const;

/** The <details> marks of a page: summary text and the original inside, with its lang. */
function marks(page: HTMLElement) {
  return page.querySelectorAll('details.tr').map((d) => ({
    summary: d.querySelector('summary')?.text.trim(),
    original: d.querySelector('.tr-orig [lang]')?.text.trim(),
    originalLang: d.querySelector('.tr-orig [lang]')?.getAttribute('lang'),
    // The translated text just before the mark.
    before: (d.previousElementSibling?.text ?? '').trim(),
  }));
}

describe('translated texts on built pages', () => {
  it.each(['ky', 'en'] as const)('%s: the municipality name is the site\u2019s translation, marked, the original one tap away', (lang) => {
    const page = readPage(`/${lang}/orozbekov/`);
    const h1 = page.querySelector('h1')!;
    expect(h1.text.trim()).toBe(lang === 'ky' ? 'Орозбеков айылдык аймагы' : 'Orozbekov rural municipality');
    const mark = h1.nextElementSibling!;
    expect(mark.tagName).toBe('DETAILS');
    expect(mark.querySelector('summary')!.text.trim()).toBe(MARK[lang]);
    const original = mark.querySelector('.tr-orig [lang="ru"]')!;
    expect(original.text.trim()).toBe('Орозбековский айылный аймак');
  });

  it('ru: the source\u2019s words, no translation mark anywhere', () => {
    for (const path of ['/ru/orozbekov/', '/ru/orozbekov/contests/mi-1/', '/ru/ak-chiy-kachybek-sovetskoe/hearings/']) {
      const page = readPage(path);
      expect(page.querySelectorAll('details.tr, .tr-mark'), path).toHaveLength(0);
    }
    expect(readPage('/ru/orozbekov/').querySelector('h1')!.text.trim()).toBe('Орозбековский айылный аймак');
  });

  it('ky: the overview\u2019s winners are translated titles linking to their pages, each with its original', () => {
    const page = readPage('/ky/orozbekov/');
    const found = marks(page);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ summary: MARK.ky, before: '«Атам, апам жана мен»', original: '«Папа, мама и я»', originalLang: 'ru' }),
        expect.objectContaining({ summary: MARK.ky, before: '«Жомокко саякат»', original: '«Путешествие в сказку»', originalLang: 'ru' }),
      ]),
    );
  });

  it('en: a hearing\u2019s title, and the separate meetings\u2019 decisions in their table', () => {
    const hearing = readPage('/en/ak-chiy-kachybek-sovetskoe/hearings/2013/').querySelector('section[id="obs-2013-01-26"]')!;
    expect(marks(hearing)).toEqual(expect.arrayContaining([expect.objectContaining({ before: 'Public budget hearing on budget execution', original: 'ОБС по исполнению бюджета' })]));
    const list = readPage('/en/ak-chiy-kachybek-sovetskoe/hearings/');
    const cell = list.querySelectorAll('#meetings-table td').find((td) => td.text.includes('approval of the 2013 budget'))!;
    expect(cell.querySelector('details.tr .tr-orig [lang="ru"]')!.text.trim()).toBe('утверждение бюджета 2013 г.');
    expect(cell.querySelector('.orig[lang]')).toBeNull(); // no "in Russian" on a translated text
  });

  it('ky: a table\u2019s row header is marked, and its mark leads to the original listed after the table', () => {
    const page = readPage('/ky/orozbekov/contests/mi-1/');
    const th = page.querySelectorAll('table[id^="applications"] tbody th')[0]!;
    expect(th.querySelector('a[href*="/contests/mi-1/#"]')!.text.trim()).toBe('«Атам, апам жана мен»');
    const link = th.querySelector('a.tr-mark')!;
    expect(link.text.trim()).toBe(MARK.ky);
    const target = page.querySelector(link.getAttribute('href')!)!;
    expect(target.closest('details.tr-list')).not.toBeNull();
    expect(target.querySelector('[lang="ru"]')!.text.trim()).toBe('«Папа, мама и я»');
  });

  it('a text the site did not translate keeps the source language and its «орусча» mark', () => {
    const page = readPage('/ky/orozbekov/contests/mi-1/').querySelector('section[id="papa-mama-i-ya"]')!;
    const events = page.querySelectorAll('ol[lang="ru"] li');
    expect(events.length).toBeGreaterThan(0);
    expect(page.querySelectorAll('ol details.tr')).toHaveLength(0);
  });
});

describe('downloads', () => {
  it('keep the source columns unchanged and publish the translations as their own table', () => {
    const own = readFileSync(join(DIST, 'data/orozbekov/contests.csv'), 'utf8');
    expect(own).toContain('Конкурс местных инициатив');
    expect(own).not.toContain('Жергиликтүү демилгелердин сынагы');
    const published = readFileSync(join(DIST, 'data/orozbekov/translations.csv'), 'utf8');
    const fixture = readFileSync(join(FIXTURE_DATA, 'municipalities/orozbekov/translations.csv'), 'utf8');
    for (const line of fixture.trim().split('\n').slice(1, 4)) expect(published).toContain(line.split(',').slice(0, 4).join(','));
    expect(readFileSync(join(DIST, 'data/translations.csv'), 'utf8')).toContain('Ички жолдорду жана көпүрөлөрдү оңдоо');
  });
});
