/** The municipality.json of a synthetic municipality (schema: src/datasets/municipality.ts). */
import type { Municipality } from '../datasets/municipality.ts';
import type { PlannedMunicipality } from './country.ts';

export function profile(m: PlannedMunicipality, councilSize: number, source: string): Municipality {
  const rng = m.rng.fork('profile');
  const households = Math.round(m.population / rng.float(4.2, 6.2));
  const schools = Math.max(1, Math.round(m.population / 2500));
  const at = (section: string) => ({ doc: source, section });
  return {
    id: m.id,
    name: { ...m.name },
    kind: m.kind,
    region: { ...m.region },
    district: { ...m.district },
    villages: m.villages.map((v) => ({ ru: v.ru, ky: v.ky })),
    households,
    population: m.population,
    area_ha: m.kind === 'town' ? rng.int(800, 4000) : rng.int(3000, 60000),
    distance_km: { district_centre: rng.int(0, 60), region_centre: rng.int(10, 220), capital: rng.int(40, 650) },
    council: { members: councilSize, women: rng.int(0, Math.floor(councilSize / 2)) },
    staff: { members: rng.int(8, 25), women: rng.int(2, 8) },
    facilities: [
      { name_ru: 'Школы', count: schools },
      { name_ru: 'ФАП', count: rng.int(1, Math.max(1, m.villages.length)) },
      { name_ru: 'Детские сады', count: rng.int(0, schools) },
      { name_ru: 'Клуб', count: rng.int(0, 2) },
    ],
    businesses: [
      { name_ru: 'Торговые точки', count: rng.int(3, Math.max(4, Math.round(m.population / 200))) },
      { name_ru: 'Мельницы', count: rng.int(0, 3) },
    ],
    programme: rng.chance(0.6)
      ? { name_ru: 'Программа поддержки участия граждан в бюджетном процессе', funded_by_ru: null, implemented_by_ru: null, since_ru: null, source: at('Программа') }
      : null,
    situation_before: [{ text_ru: 'Население было недостаточно информировано о местном бюджете', source: at('Ситуация до программы') }],
    results: [
      { text_ru: 'Общественные бюджетные слушания проводятся ежегодно', source: at('Итоги') },
      { text_ru: 'Жители участвуют в выборе приоритетов бюджета', source: at('Итоги') },
    ],
    commitments: [{ text_ru: 'Публиковать бюджет и отчёт о его исполнении каждый год', source: at('Планы') }],
    profile_source: at('Паспорт муниципалитета'),
    notes_ru: ['Синтетические данные для нагрузочного теста: муниципалитет, люди и цифры вымышлены.'],
  };
}
