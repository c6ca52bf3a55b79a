/**
 * The municipality profile: one JSON file per municipality (nested, rarely edited).
 * Unknown is `null` or absent, never 0; names are given only where a source states them.
 */
import { z } from 'astro/zod';
import { ID_PATTERN, REFERENCE_PATTERN } from './ids.ts';
import { SOATE_FORM_MESSAGE } from './vocabulary.ts';

const count = z.number().int().nonnegative().nullable();
const localized = z.object({
  ru: z.string().min(1).nullable(),
  ky: z.string().min(1).nullable(),
  en: z.string().min(1).nullable(),
});
const source = z.object({ doc: z.string().regex(REFERENCE_PATTERN), section: z.string().min(1) });
const statement = z.object({ text_ru: z.string().min(1), source });
/**
 * SOATE (the national classifier of administrative-territorial units): 14 digits, starting with
 * 417 (the country). Only the form is checked; a code is written only as the classifier gives
 * it, null where unknown, never made up.
 */
export const SOATE_PATTERN = /^417\d{11}$/;
const soateCode = z
  .string()
  .regex(SOATE_PATTERN, SOATE_FORM_MESSAGE)
  .nullable();

export const municipalitySchema = z
  .object({
    id: z.string().regex(ID_PATTERN),
    name: localized.describe('Official name; null where no source names it'),
    kind: z.enum(['rural', 'town']),
    region: localized.nullable(),
    district: localized.nullable(),
    /** SOATE codes of the municipality, its district and its region (absent = all unknown). */
    soate: z.object({ municipality: soateCode, district: soateCode, region: soateCode }).strict().optional(),
    villages: z.array(z.object({ ru: z.string().min(1), ky: z.string().min(1).nullable() })),
    households: count,
    population: count,
    area_ha: z.number().nonnegative().nullable(),
    distance_km: z.object({ district_centre: z.number().nullable(), region_centre: z.number().nullable(), capital: z.number().nullable() }),
    council: z.object({ members: count, women: count }),
    staff: z.object({ members: count, women: count }),
    facilities: z.array(z.object({ name_ru: z.string().min(1), count })),
    businesses: z.array(z.object({ name_ru: z.string().min(1), count })),
    programme: z
      .object({ name_ru: z.string(), funded_by_ru: z.string().nullable(), implemented_by_ru: z.string().nullable(), since_ru: z.string().nullable(), source })
      .nullable(),
    /** Texts of the source about the situation before, results and commitments. */
    situation_before: z.array(statement),
    results: z.array(statement),
    commitments: z.array(statement),
    profile_source: source,
    notes_ru: z.array(z.string()),
  })
  .strict();

export type Municipality = z.output<typeof municipalitySchema>;

/** Source documents every record points to (data/sources.json). */
export const sourcesSchema = z.array(
  z
    .object({
      id: z.string().regex(ID_PATTERN),
      file: z.string(),
      title_ru: z.string(),
      kind_ru: z.string(),
      municipality: z.string(),
      language: z.array(z.enum(['ru', 'ky', 'en'])),
      date_note_ru: z.string().nullable(),
      // A council resolution (toktom) or report: its number, ISO date, council and session, a link where one exists.
      number: z.string().optional(),
      date: z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/).optional(),
      council: z.string().optional(),
      session: z.string().optional(),
      url: z.url().optional(),
      // Whether the site publishes the document's text (documents/<file>): "published", or withheld because it
      // names private persons (initiative applicants) without recorded consent; absent: not published yet.
      text: z.enum(['published', 'withheld-personal-names']).optional(),
    })
    .strict(),
);

export type SourceDocument = z.output<typeof sourcesSchema>[number];
