/**
 * What the national pages (language home, comparisons, data catalogue) need of each municipality:
 * its profile, its name's translations, its key figures and its comparison input. The publish step
 * computes these once for the whole country (src/downloads/publish.ts), so the process that renders
 * the national pages holds these small entries instead of every municipality's tables.
 */
import type { MunicipalityData } from '../datasets/load.ts';
import type { Municipality } from '../datasets/municipality.ts';
import { LANGS, type Lang } from '../i18n/langs.ts';
import { compareInput, type CompareInput } from './compare.ts';
import { keyFigures } from './municipality.ts';
import { translationOf } from './translations.ts';

export type KeyFigures = ReturnType<typeof keyFigures>;

/** A current translation of the municipality's Russian name, with the source text it translates. */
export type NameTranslation = { text: string; original: string };

export interface NationalEntry {
  profile: Municipality;
  nameTranslations: Partial<Record<Lang, NameTranslation>>;
  key: KeyFigures;
  compare: CompareInput;
}

export const nameTranslation = (m: MunicipalityData, lang: Lang): NameTranslation | undefined => translationOf(m, 'municipality', m.profile.id, 'name', lang);

export function nationalEntry(m: MunicipalityData): NationalEntry {
  const nameTranslations: NationalEntry['nameTranslations'] = {};
  for (const lang of LANGS) {
    const t = nameTranslation(m, lang);
    if (t) nameTranslations[lang] = t;
  }
  return { profile: m.profile, nameTranslations, key: keyFigures(m), compare: compareInput(m) };
}
