import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/checks/load.ts';
import type { Municipality } from '../../src/datasets/municipality.ts';
import { municipalityName, recordTitle, villageNames } from '../../src/site/names.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

const seeds = loadData(FIXTURE_DATA).municipalities;
const orozbekov = seeds.find((m) => m.profile.id === 'orozbekov')!.profile;
const akChiy = seeds.find((m) => m.profile.id === 'ak-chiy-kachybek-sovetskoe')!.profile;
const withName = (p: Municipality, name: Municipality['name']): Municipality => ({ ...p, name });

describe('municipalityName', () => {
  it('uses the page language, unmarked', () => {
    expect(municipalityName(orozbekov, 'ru')).toEqual({ text: 'Орозбековский айылный аймак', lang: undefined, stated: true });
  });

  it('falls back to the Russian name, marked as Russian', () => {
    expect(municipalityName(orozbekov, 'ky')).toEqual({ text: 'Орозбековский айылный аймак', lang: 'ru', stated: true });
    expect(municipalityName(orozbekov, 'en')).toMatchObject({ lang: 'ru' });
  });

  it('falls back to another language when Russian is missing too', () => {
    expect(municipalityName(withName(orozbekov, { ru: null, ky: 'Орозбеков айыл аймагы', en: null }), 'en')).toEqual({ text: 'Орозбеков айыл аймагы', lang: 'ky', stated: true });
  });

  it('names an unnamed municipality by its villages, in the page language', () => {
    const name = municipalityName(akChiy, 'en');
    expect(name.stated).toBe(false);
    expect(name.text).toContain('Ак-Чий, Качыбек, Советское');
    expect(name.lang).toBeUndefined();
  });
});

describe('villageNames', () => {
  it('uses Kyrgyz names where given, Russian otherwise', () => {
    const p: Municipality = { ...akChiy, villages: [{ ru: 'Советское', ky: 'Советское-ky' }, { ru: 'Качыбек', ky: null }] };
    expect(villageNames(p, 'ky')).toEqual(['Советское-ky', 'Качыбек']);
    expect(villageNames(p, 'ru')).toEqual(['Советское', 'Качыбек']);
    expect(villageNames(p, 'en')).toEqual(['Советское', 'Качыбек']);
  });
});

describe('recordTitle', () => {
  it('shows title_ky / title_en where the data has them', () => {
    const project = { title_ru: 'Ремонт дорог', title_ky: 'Жолдорду оңдоо', title_en: undefined };
    expect(recordTitle('ky', project)).toEqual({ text: 'Жолдорду оңдоо', lang: 'ky' });
    expect(recordTitle('en', project)).toEqual({ text: 'Ремонт дорог', lang: 'ru' });
  });
});
