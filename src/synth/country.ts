/**
 * The plan of a synthetic country: which municipalities exist, where, how large. It is
 * cheap (no tables), so the transactions file can name the same municipalities without
 * generating their data.
 */
import { placeName, REGIONS, russianAdjective, slug, type PlaceName } from './names.ts';
import { createRandom, type Random } from './random.ts';

export interface SynthOptions {
  municipalities: number;
  years: number;
  seed: number;
  /** The last fiscal year; fixed so output never depends on today's date. */
  lastYear: number;
}

export interface Localized {
  ru: string;
  ky: string;
  en: string;
}

export interface PlannedMunicipality {
  id: string;
  kind: 'rural' | 'town';
  place: PlaceName;
  name: Localized;
  region: Localized;
  district: Localized;
  villages: PlaceName[];
  population: number;
  /** Per-municipality stream: the same id gives the same data whatever else changes. */
  rng: Random;
}

export interface CountryPlan {
  options: SynthOptions;
  years: number[];
  municipalities: PlannedMunicipality[];
}

function districtName(rng: Random): { id: string; name: Localized } {
  for (;;) {
    const place = placeName(rng);
    const adjective = russianAdjective(place.ru);
    if (adjective) return { id: slug(place.ky), name: { ky: `${place.ky} району`, ru: `${adjective} район`, en: `${place.en} District` } };
  }
}

function municipalityName(kind: 'rural' | 'town', place: PlaceName): Localized {
  if (kind === 'town') return { ky: `${place.ky} шаары`, ru: `город ${place.ru}`, en: `${place.en} Town` };
  const adjective = russianAdjective(place.ru);
  return {
    ky: `${place.ky} айылдык аймагы`,
    ru: adjective ? `${adjective} айылный аймак` : `айылный аймак «${place.ru}»`,
    en: `${place.en} Rural Municipality`,
  };
}

/** About 1 in 16 municipalities is a town (the country has ~30 towns and ~450 rural ones). */
export function planCountry(options: SynthOptions): CountryPlan {
  const rng = createRandom(options.seed).fork('country');
  const districtsPerRegion = Math.max(1, Math.ceil(options.municipalities / REGIONS.length / 9));
  const districts = REGIONS.flatMap((region, r) => {
    const seen = new Set<string>();
    const list: Array<{ id: string; name: Localized; region: Localized }> = [];
    while (list.length < districtsPerRegion) {
      const d = districtName(rng);
      if (seen.has(d.id)) continue;
      seen.add(d.id);
      list.push({ ...d, id: `${r}-${d.id}`, region: { ...region } });
    }
    return list;
  });

  const ids = new Set<string>();
  const municipalities: PlannedMunicipality[] = [];
  for (let i = 0; i < options.municipalities; i++) {
    const district = districts[i % districts.length]!;
    const kind = i % 16 === 15 ? 'town' : 'rural';
    let place = placeName(rng);
    let id = slug(place.ky);
    // The same name recurs across the country; the district tells them apart.
    if (ids.has(id)) id = `${id}-${district.id.replace(/^\d+-/, '')}`;
    while (ids.has(id)) {
      place = placeName(rng);
      id = slug(place.ky);
    }
    ids.add(id);
    const villageCount = kind === 'town' ? 0 : rng.int(1, 6);
    const villages = [place, ...Array.from({ length: Math.max(0, villageCount - 1) }, () => placeName(rng))].slice(0, villageCount);
    municipalities.push({
      id,
      kind,
      place,
      name: municipalityName(kind, place),
      region: district.region,
      district: district.name,
      villages,
      population: kind === 'town' ? rng.int(8000, 45000) : rng.int(1200, 18000),
      rng: createRandom(options.seed).fork(`municipality:${id}`),
    });
  }
  const first = options.lastYear - options.years + 1;
  return { options, years: Array.from({ length: options.years }, (_, k) => first + k), municipalities };
}
