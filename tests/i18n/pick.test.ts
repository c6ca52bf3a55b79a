import { describe, expect, it } from 'vitest';
import { fallbackOrder, fromColumns, langAttr, pick } from '../../src/i18n/pick.ts';

describe('pick', () => {
  it('takes the page language when the value has it', () => {
    expect(pick('ky', { ru: 'Школа', ky: 'Мектеп', en: 'School' })).toEqual({ text: 'Мектеп', lang: 'ky' });
    expect(pick('en', { ru: 'Школа', ky: 'Мектеп', en: 'School' })).toEqual({ text: 'School', lang: 'en' });
  });

  it('falls back to Russian first, then the other languages, and says which it took', () => {
    expect(pick('ky', { ru: 'Школа', ky: null, en: 'School' })).toEqual({ text: 'Школа', lang: 'ru' });
    expect(pick('en', { ru: null, ky: 'Мектеп', en: null })).toEqual({ text: 'Мектеп', lang: 'ky' });
    expect(pick('ru', { en: 'School' })).toEqual({ text: 'School', lang: 'en' });
  });

  it('treats empty, null and absent alike, and returns nothing when no language has the text', () => {
    expect(pick('ky', { ru: 'Школа', ky: '' })).toEqual({ text: 'Школа', lang: 'ru' });
    expect(pick('ru', { ru: null, ky: null, en: null })).toBeUndefined();
    expect(pick('ru', null)).toBeUndefined();
    expect(pick('ru', undefined)).toBeUndefined();
  });

  it('tries each language once, the page language first', () => {
    expect(fallbackOrder('ky')).toEqual(['ky', 'ru', 'en']);
    expect(fallbackOrder('ru')).toEqual(['ru', 'ky', 'en']);
    expect(fallbackOrder('en')).toEqual(['en', 'ru', 'ky']);
  });
});

describe('langAttr', () => {
  it('marks a fallback with its language and leaves the page language unmarked', () => {
    expect(langAttr('ky', pick('ky', { ru: 'Школа' }))).toBe('ru');
    expect(langAttr('ru', pick('ru', { ru: 'Школа' }))).toBeUndefined();
    expect(langAttr('ru', undefined)).toBeUndefined();
  });
});

describe('fromColumns', () => {
  it('gathers <prefix>_<lang> columns into one localized value', () => {
    const row = { label_ru: 'Налоги', label_ky: 'Салыктар', label_en: undefined, code: '11' };
    expect(fromColumns(row, 'label')).toEqual({ ky: 'Салыктар', ru: 'Налоги', en: undefined });
    expect(pick('en', fromColumns(row, 'label'))).toEqual({ text: 'Налоги', lang: 'ru' });
  });

  it('accepts a record that has only some of the languages', () => {
    expect(pick('ky', fromColumns({ title_ru: 'Дорога' }, 'title'))).toEqual({ text: 'Дорога', lang: 'ru' });
  });
});
