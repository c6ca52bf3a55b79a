/** The municipality profile as facts: each a dictionary label, a value kind, the value and its language. */
import type { Municipality } from '../../../datasets/municipality.ts';
import type { Key, Lang } from '../../../i18n/index.ts';
import { pick } from '../../../i18n/pick.ts';
import { villageNames } from '../../names.ts';
import type { Kind } from '../value/values.ts';

export interface Fact {
  key: Key;
  kind: Kind;
  value: unknown;
  /** Language of a text value (source texts and names keep theirs). */
  lang: string | undefined;
}

/** "12 (5)": members and, in brackets, women; nothing when the members are unknown. */
export const withWomen = (members: number | null, women: number | null) => (members === null ? undefined : women === null ? members : `${members} (${women})`);

export function profileFacts(p: Municipality, lang: Lang): Fact[] {
  const region = pick(lang, p.region);
  const district = pick(lang, p.district);
  const villages = p.villages.map((v) => pick(lang, v)).filter((v) => v !== undefined);
  // One language for the list: the page's only when every village is named in it.
  const villagesLang = villages.length > 0 && villages.every((v) => v.lang === lang) ? lang : 'ru';
  const number = (key: Key, kind: Kind, value: number | null): Fact => ({ key, kind, value, lang: undefined });
  return [
    { key: 'muni.region', kind: 'text', value: region?.text, lang: region?.lang ?? 'ru' },
    { key: 'muni.district', kind: 'text', value: district?.text, lang: district?.lang ?? 'ru' },
    { key: 'muni.villages', kind: 'text', value: villageNames(p, lang).join(', '), lang: villagesLang },
    number('muni.households', 'count', p.households),
    number('muni.population', 'count', p.population),
    number('muni.area', 'number', p.area_ha),
    number('muni.distanceDistrict', 'number', p.distance_km.district_centre),
    number('muni.distanceRegion', 'number', p.distance_km.region_centre),
    number('muni.distanceCapital', 'number', p.distance_km.capital),
    { key: 'muni.council', kind: 'text', value: withWomen(p.council.members, p.council.women), lang: undefined },
    { key: 'muni.staff', kind: 'text', value: withWomen(p.staff.members, p.staff.women), lang: undefined },
  ];
}

/** "Schools — 3; Clinics — 1": named counts as the source lists them. */
export const countedNames = (items: ReadonlyArray<{ name_ru: string; count: number | null }>) => items.map((f) => `${f.name_ru} — ${f.count ?? '?'}`).join('; ');

/** The profile's own texts (in Russian, as the source gives them): the programme line and statements. */
export function profileTexts(p: Municipality) {
  const programme = p.programme && [p.programme.name_ru, p.programme.funded_by_ru, p.programme.implemented_by_ru, p.programme.since_ru].filter(Boolean).join('; ');
  return {
    programme: programme || undefined,
    before: p.situation_before.map((s) => s.text_ru),
    results: p.results.map((s) => s.text_ru),
    commitments: p.commitments.map((s) => s.text_ru),
    notes: p.notes_ru,
  };
}
