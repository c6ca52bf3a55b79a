/**
 * The flat municipalities table: one row per municipality with the profile's scalar facts, so
 * a spreadsheet can join any combined file on its `municipality` column. Lists and texts of the
 * profile (facilities, statements, notes) stay in each municipality's `municipality.json`.
 */
import { defineCsv } from '../datasets/define.ts';
import { count, id, oneOf, optNum, optText, textList } from '../datasets/fields.ts';
import type { Municipality } from '../datasets/municipality.ts';

const km = (ru: string, en: string) => optNum({ ru, en, min: 0, unit: 'km' });

export const municipalitiesTable = defineCsv({
  name: 'municipalities',
  file: 'municipalities.csv',
  title: { ru: 'Муниципалитеты', ky: 'Муниципалитеттер', en: 'Municipalities' },
  description: {
    ru: 'Муниципалитеты: название, область, район, сёла, население, площадь, расстояния, состав айылного кенеша и аппарата. Полный профиль — в municipality.json каждого муниципалитета.',
    en: 'Municipalities: name, region, district, villages, population, area, distances, council and staff. The full profile is in each municipality’s municipality.json.',
  },
  columns: {
    id: id({ ru: 'Идентификатор (как в адресах сайта и в столбце municipality)', en: 'Id (as in site addresses and the municipality column)', example: 'orozbekov' }),
    name_ru: optText({ ru: 'Название по-русски', en: 'Name in Russian' }),
    name_ky: optText({ ru: 'Название по-кыргызски', en: 'Name in Kyrgyz' }),
    name_en: optText({ ru: 'Название по-английски', en: 'Name in English' }),
    kind: oneOf(['rural', 'town'], { ru: 'Вид: rural — айылный аймак, town — город', en: 'Kind: rural municipality or town' }),
    region_ru: optText({ ru: 'Область по-русски', en: 'Region in Russian' }),
    region_ky: optText({ ru: 'Область по-кыргызски', en: 'Region in Kyrgyz' }),
    region_en: optText({ ru: 'Область по-английски', en: 'Region in English' }),
    district_ru: optText({ ru: 'Район по-русски', en: 'District in Russian' }),
    district_ky: optText({ ru: 'Район по-кыргызски', en: 'District in Kyrgyz' }),
    district_en: optText({ ru: 'Район по-английски', en: 'District in English' }),
    villages_ru: textList({ ru: 'Сёла (через «|»)', en: 'Villages ("|"-separated)' }),
    households: optNum({ ru: 'Домохозяйства', en: 'Households', integer: true, min: 0, unit: 'households' }),
    population: count({ ru: 'Население, человек', en: 'Population' }),
    area_ha: optNum({ ru: 'Площадь, га', en: 'Area, hectares', min: 0, unit: 'ha' }),
    distance_district_km: km('До районного центра, км', 'Distance to the district centre, km'),
    distance_region_km: km('До областного центра, км', 'Distance to the region centre, km'),
    distance_capital_km: km('До Бишкека, км', 'Distance to Bishkek, km'),
    council_members: count({ ru: 'Депутатов айылного кенеша', en: 'Council deputies' }),
    council_women: count({ ru: 'Из них женщин', en: 'Of whom women' }),
    staff_members: count({ ru: 'Сотрудников айыл окмоту', en: 'Executive staff' }),
    staff_women: count({ ru: 'Из них женщин', en: 'Of whom women' }),
  },
  key: ['id'],
});

/** The profile's scalar facts as one row; `null` in the profile becomes an unknown (empty) cell. */
export function municipalityRow(p: Municipality): Record<string, unknown> {
  const v = <T>(x: T | null | undefined): T | undefined => x ?? undefined;
  return {
    id: p.id,
    name_ru: v(p.name.ru),
    name_ky: v(p.name.ky),
    name_en: v(p.name.en),
    kind: p.kind,
    region_ru: v(p.region?.ru),
    region_ky: v(p.region?.ky),
    region_en: v(p.region?.en),
    district_ru: v(p.district?.ru),
    district_ky: v(p.district?.ky),
    district_en: v(p.district?.en),
    villages_ru: p.villages.map((x) => x.ru),
    households: v(p.households),
    population: v(p.population),
    area_ha: v(p.area_ha),
    distance_district_km: v(p.distance_km.district_centre),
    distance_region_km: v(p.distance_km.region_centre),
    distance_capital_km: v(p.distance_km.capital),
    council_members: v(p.council.members),
    council_women: v(p.council.women),
    staff_members: v(p.staff.members),
    staff_women: v(p.staff.women),
  };
}
