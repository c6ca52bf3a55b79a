/** The municipalities table's rows, read off the profiles (its declaration: src/datasets/tables/municipalities.ts). */
import type { Municipality } from '../datasets/municipality.ts';

export { municipalitiesTable } from '../datasets/tables/municipalities.ts';

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
    soate: v(p.soate?.municipality),
    district_soate: v(p.soate?.district),
    region_soate: v(p.soate?.region),
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
