/**
 * A new municipality's starting files: an empty profile (unknown is null, lists are empty)
 * that passes the schema, and, when the municipality has no source document yet, an entry
 * in data/sources.json for staff to fill in (the validator warns until it has a title).
 */
import type { Municipality, SourceDocument } from '../datasets/municipality.ts';

export function skeletonProfile(id: string, doc: string): Municipality {
  return {
    id,
    name: { ru: null, ky: null, en: null },
    kind: 'rural',
    region: null,
    district: null,
    villages: [],
    households: null,
    population: null,
    area_ha: null,
    distance_km: { district_centre: null, region_centre: null, capital: null },
    council: { members: null, women: null },
    staff: { members: null, women: null },
    facilities: [],
    businesses: [],
    programme: null,
    situation_before: [],
    results: [],
    commitments: [],
    profile_source: { doc, section: 'Общие сведения об айылном аймаке' },
    notes_ru: [],
  };
}

/** The source entry a new municipality starts with: its id is "<id>-profile". */
export function skeletonSource(id: string): SourceDocument {
  return { id: `${id}-profile`, file: '', title_ru: '', kind_ru: '', municipality: id, language: ['ru'], date_note_ru: null };
}
