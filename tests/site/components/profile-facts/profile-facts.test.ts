import { describe, expect, it } from 'vitest';
import { loadData } from '../../../../src/checks/load.ts';
import type { Municipality } from '../../../../src/datasets/municipality.ts';
import { countedNames, profileFacts, profileTexts, withWomen } from '../../../../src/site/components/profile-facts/profile-facts.ts';
import { FIXTURE_DATA } from '../../../helpers/fixture.ts';

const seeds = loadData(FIXTURE_DATA).municipalities;
const akChiy = seeds.find((m) => m.profile.id === 'ak-chiy-kachybek-sovetskoe')!.profile;
const orozbekov = seeds.find((m) => m.profile.id === 'orozbekov')!.profile;
const fact = (p: Municipality, lang: 'ky' | 'ru' | 'en', key: string) => profileFacts(p, lang).find((f) => f.key === key);

describe('profileFacts', () => {
  it('lists the profile in a fixed order, numbers as numbers', () => {
    const facts = profileFacts(akChiy, 'en');
    expect(facts.map((f) => f.key)).toEqual([
      'muni.region', 'muni.district', 'muni.villages', 'muni.households', 'muni.population', 'muni.area',
      'muni.distanceDistrict', 'muni.distanceRegion', 'muni.distanceCapital', 'muni.council', 'muni.staff',
    ]);
    expect(fact(akChiy, 'en', 'muni.population')).toEqual({ key: 'muni.population', kind: 'count', value: 3728, lang: undefined });
  });

  it('marks a region in the page language with that language, and a Russian fallback as Russian', () => {
    const p: Municipality = { ...akChiy, region: { ru: 'Иссык-Кульская область', ky: 'Ысык-Көл облусу', en: null } };
    expect(fact(p, 'ky', 'muni.region')).toMatchObject({ value: 'Ысык-Көл облусу', lang: 'ky' });
    expect(fact(p, 'en', 'muni.region')).toMatchObject({ value: 'Иссык-Кульская область', lang: 'ru' });
  });

  it('marks the village list Russian unless every village is named in the page language', () => {
    expect(fact(akChiy, 'ky', 'muni.villages')).toMatchObject({ value: 'Ак-Чий, Качыбек, Советское', lang: 'ru' });
    const named: Municipality = { ...akChiy, villages: [{ ru: 'Ак-Чий', ky: 'Ак-Чий-ky' }] };
    expect(fact(named, 'ky', 'muni.villages')).toMatchObject({ value: 'Ак-Чий-ky', lang: 'ky' });
  });

  it('writes members with women in brackets, nothing when members are unknown', () => {
    expect(withWomen(12, 5)).toBe('12 (5)');
    expect(withWomen(12, null)).toBe(12);
    expect(withWomen(null, 5)).toBeUndefined();
  });
});

describe('countedNames', () => {
  it('lists names with their counts, "?" for an unknown count', () => {
    expect(countedNames([{ name_ru: 'Школы', count: 3 }, { name_ru: 'Клуб', count: null }])).toBe('Школы — 3; Клуб — ?');
  });
});

describe('profileTexts', () => {
  it('joins the programme line and lists the statements', () => {
    const texts = profileTexts(orozbekov);
    expect(texts.programme).toBe('Проект «Голос граждан и подотчетность органов МСУ: бюджетный процесс»; Правительство Швейцарии; Институт политики развития');
    expect(texts.results.length).toBe(orozbekov.results.length);
    expect(profileTexts({ ...orozbekov, programme: null }).programme).toBeUndefined();
  });
});
