/**
 * A new municipality's starting files: an empty profile (unknown is null, lists are empty)
 * that passes the schema, a header-only CSV for every dataset of the registry (so a new
 * dataset needs no edit here), and, when the municipality has no source document yet, an
 * entry in data/sources.json for staff to fill in (the validator warns until it has a title).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvText, headerOf, STAFF_CSV } from '../datasets/csv-write.ts';
import type { CsvDataset } from '../datasets/define.ts';
import type { Municipality, SourceDocument } from '../datasets/municipality.ts';
import { datasetNames, datasets } from '../datasets/registry.ts';
import { texts } from '../i18n/index.ts';

/** The header-only CSV of a dataset: what `new:municipality` and the templates contain. */
export const headerCsv = (dataset: CsvDataset) => csvText(headerOf(dataset), [], STAFF_CSV);

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
    profile_source: { doc, section: texts('ru').cli.newMunicipality.profileSection },
    notes_ru: [],
  };
}

/** The source entry a new municipality starts with: its id is "<id>-profile". */
export function skeletonSource(id: string): SourceDocument {
  return { id: `${id}-profile`, file: '', title_ru: '', kind_ru: '', municipality: id, language: ['ru'], date_note_ru: null };
}

/** Writes the folder: municipality.json and every dataset's header-only CSV; returns the file names. */
export function writeSkeleton(folder: string, id: string, doc: string): string[] {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'municipality.json'), `${JSON.stringify(skeletonProfile(id, doc), null, 2)}\n`);
  for (const name of datasetNames) writeFileSync(join(folder, datasets[name].file), headerCsv(datasets[name]));
  return ['municipality.json', ...datasetNames.map((n) => datasets[n].file)];
}
