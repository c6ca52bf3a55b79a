/**
 * The guides' LibreOffice names are LibreOffice's own Russian strings (docs/staff-guide-names.md),
 * the wrong names they once used are gone, one separator only is ticked, and — where LibreOffice's
 * Russian packages are installed — each listed name is still in the file the list names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The guide and its frequent questions (docs/staff-faq.*.md, a page of its own), which name the same menus.
const guide = (lang: 'ru' | 'ky') => `${readFileSync(`docs/staff-guide.${lang}.md`, 'utf8')}\n${readFileSync(`docs/staff-faq.${lang}.md`, 'utf8')}`;
const guides = { ru: guide('ru'), ky: guide('ky') };
const names = readFileSync('docs/staff-guide-names.md', 'utf8')
  .split('\n')
  .map((l) => /^\| (.+?) \| (.+?) \| (\S+\.(?:mo|xcd)) \|$/.exec(l))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ ru: m[1]!, en: m[2]!, file: m[3]! }));

/** The LibreOffice part of a guide: its "### LibreOffice Calc" subsection. */
const libreOfficePart = (text: string) => {
  const start = text.indexOf('### LibreOffice Calc');
  return text.slice(start, text.indexOf('\n### ', start + 1));
};

/** Every msgstr of a gettext .mo file. */
export function moStrings(bytes: Buffer): string[] {
  const le = bytes.readUInt32LE(0) === 0x950412de;
  const u32 = (at: number) => (le ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  const count = u32(8);
  const table = u32(16);
  return Array.from({ length: count }, (_, i) => bytes.subarray(u32(table + i * 8 + 4), u32(table + i * 8 + 4) + u32(table + i * 8)).toString('utf8'));
}

const decodeXml = (s: string) => s.replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, '&').replace(/&quot;/g, '"');
const LO = '/usr/lib/libreoffice';
const loFile = (file: string) => (file.endsWith('.mo') ? join(LO, 'program/resource/ru/LC_MESSAGES', file) : join(LO, 'share/registry/res', file));
const installed = existsSync(join(LO, 'program/resource/ru/LC_MESSAGES/sc.mo'));

describe('LibreOffice names in the staff guides', () => {
  it('the list is read (and names every file it cites)', () => {
    expect(names.length).toBeGreaterThan(15);
  });

  it.each(['ru', 'ky'] as const)('%s: the LibreOffice steps quote only listed names and none of the wrong ones', (lang) => {
    const part = libreOfficePart(guides[lang]);
    for (const wrong of ['Изменить настройки фильтра', 'Разделитель текста', '«Разделители»']) expect(guides[lang]).not.toContain(wrong);
    const quoted = [...part.matchAll(/«([^»]+)»/g)].map((m) => m[1]!.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim());
    const known = (q: string) => names.some((n) => n.ru.replace('%FORMATNAME', 'Excel 2007–365') === q || n.ru.replace('%FORMATNAME', 'Текст CSV') === q || n.ru === q);
    expect(quoted.length).toBeGreaterThan(5);
    expect(quoted.filter((q) => !known(q) && !/^(Западноевропейская|\?)$/.test(q))).toEqual([]);
    for (const menu of ['Файл → Сохранить как...', 'Изменение настроек фильтра', 'Разделитель строк:', 'Текст CSV (.csv)', 'Excel 2007–365 (.xlsx)']) expect(part, menu).toContain(menu);
  });

  it.each(['ru', 'ky'] as const)('%s: one separator only, and .xlsx is the first way', (lang) => {
    const part = libreOfficePart(guides[lang]);
    expect(part).not.toMatch(/\*\*Точка с запятой\*\* (и|жана) \*\*Запятая\*\*/);
    const section3 = guides[lang].slice(guides[lang].indexOf('## 3. '), guides[lang].indexOf('## 4. '));
    expect(section3.indexOf('.xlsx')).toBeLessThan(section3.indexOf('CSV'));
    expect(section3).toMatch(/Excel (не сверены|пункттарынын аттары Excel программасынын өзү менен\s+салыштырылган эмес)/);
  });

  it.runIf(installed)('each listed name is in the LibreOffice file it is said to come from', () => {
    const cache = new Map<string, string[]>();
    const stringsOf = (file: string) => {
      if (!cache.has(file)) {
        const bytes = readFileSync(loFile(file));
        cache.set(file, file.endsWith('.mo') ? moStrings(bytes) : [decodeXml(bytes.toString('utf8'))]);
      }
      return cache.get(file)!;
    };
    const strip = (s: string) => s.replace(/[~_]/g, '');
    const missing = names.filter((n) => !stringsOf(n.file).some((s) => strip(s).includes(n.ru)));
    expect(missing).toEqual([]);
  });

  it.runIf(installed)('the check would notice a name LibreOffice does not have', () => {
    expect(moStrings(readFileSync(loFile('fps.mo'))).some((s) => s.includes('Изменить настройки фильтра'))).toBe(false);
    expect(moStrings(readFileSync(loFile('fps.mo'))).some((s) => s.includes('Изменение настроек фильтра'))).toBe(true);
  });
});

describe('worked examples of the guides', () => {
  it.each(['ru', 'ky'] as const)('%s: each task has its example with a screenshot that exists, and the guide points there', (lang) => {
    const doc = readFileSync(`docs/staff-examples.${lang}.md`, 'utf8');
    const images = [...doc.matchAll(/!\[[^\]]+\]\((img\/[^)]+\.png)\)/g)].map((m) => m[1]!);
    expect(images).toEqual(['budget-year', 'municipality', 'corrected'].map((n) => `img/guide-${n}.${lang}.png`));
    for (const image of images) {
      const png = readFileSync(join('docs', image));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16), `${image} width`).toBe(360);
      expect(png.length, `${image} is small`).toBeLessThan(80_000);
    }
    expect(guides[lang].split(`docs/staff-examples.${lang}.md`).length - 1).toBe(3);
  });
});
