/**
 * The flat municipalities table: one row per municipality with the profile's scalar facts, so
 * a spreadsheet can join any combined file on its `municipality` column. Lists and texts of the
 * profile (facilities, statements, notes) stay in each municipality's `municipality.json`.
 * Published, not read: the rows come from the profiles (src/downloads/municipalities.ts).
 */
import { defineCsv } from '../define.ts';
import { count, id, oneOf, optNum, optText, textList } from '../fields.ts';

const km = () => optNum({ min: 0, unit: 'km' });

export const municipalitiesTable = defineCsv({
  name: 'municipalities',
  file: 'municipalities.csv',
  columns: {
    id: id({ example: 'orozbekov' }),
    name_ru: optText(),
    name_ky: optText(),
    name_en: optText(),
    kind: oneOf(['rural', 'town'], {}),
    region_ru: optText(),
    region_ky: optText(),
    region_en: optText(),
    district_ru: optText(),
    district_ky: optText(),
    district_en: optText(),
    soate: optText({ example: '41702205000000' }),
    district_soate: optText(),
    region_soate: optText(),
    villages_ru: textList(),
    households: optNum({ integer: true, min: 0, unit: 'households' }),
    population: count(),
    area_ha: optNum({ min: 0, unit: 'ha' }),
    distance_district_km: km(),
    distance_region_km: km(),
    distance_capital_km: km(),
    council_members: count(),
    council_women: count(),
    staff_members: count(),
    staff_women: count(),
  },
  key: ['id'],
});
