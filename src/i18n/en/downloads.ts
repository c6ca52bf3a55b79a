/** The published data's own words in English: the data README (English and Russian) and, in English, the Data Package. */
import type { PackageDownloadsTexts } from '../types.ts';

export const downloads: PackageDownloadsTexts = {
  files: [
    '`<dataset>.csv` — all municipalities together, with a `municipality` column first;',
    '`<municipality>/<dataset>.csv` — one municipality, the same columns as its source file;',
    '`excel/<dataset>.csv`, `excel/<municipality>/<dataset>.csv` — the same tables for Excel;',
    '`<dataset>.json`, `<municipality>/<dataset>.json` — the same tables as JSON;',
    '`municipalities.csv` (and `.json`, `excel/`) — one row per municipality; `<municipality>/municipality.json` — its full profile, described by `schemas/municipality.schema.json`;',
    '`sources.json` — the source documents that `source_doc` points to;',
    '`datapackage.json` — the Frictionless Data Package (v2) descriptor: every file with its size, sha256 hash and column schema.',
  ],
  /** For people who read the CSV files with their own code. */
  reading: [
    "To get a neutralised text back, remove one leading apostrophe when it is followed by =, +, -, @, a tab, a carriage return or another apostrophe (text that itself starts with an apostrophe before such a character gets one more, so this is exact). JSON files are not neutralised.",
    'The files are generated from the validated data on every build; the same data give byte-identical files. Sizes and sha256 hashes of all files are in `datapackage.json`.',
  ],
  head: {
    files: 'Files',
    problems: 'Known inconsistencies of the sources',
    checks: 'Differences the checks found (both figures are published):',
    notesRef: 'Every other explanation is in the `note` column of the row it concerns (in Russian); the end of this file says how many rows of each table have one.',
    none: 'none',
  },
  /** Labels of the README's dataset sections, which pair English and Russian. */
  words: {
    language: 'English',
    files: 'Files',
    rows: 'rows',
    municipalities: 'municipalities',
    years: 'years',
    key: 'Key',
    column: 'column',
    type: 'type',
    unit: 'unit',
    required: 'required',
    yes: 'yes',
    description: 'description',
    datasets: 'Datasets',
    notes: 'Notes in the data',
    noted: 'rows with a note',
  },
  /** Fields of a sources.json entry, for its Table Schema. */
  sourceFields: {
    id: 'Source document id (the source_doc of every record)',
    file: 'File name of the source text',
    title_ru: 'Title (Russian)',
    kind_ru: 'Kind of document (Russian)',
    municipality: 'Municipality id',
    language: 'Languages of the document',
    date_note_ru: 'What the document says about its date (Russian)',
    number: 'Number of the resolution or document',
    date: 'Date of the document (ISO)',
    council: 'Council that adopted the document',
    session: 'Session of the council',
    url: 'Link to the published document',
  },
  package: {
    description:
      'Budgets, public budget hearings, local initiative contests, participatory planning, projects, engagement events, monitoring and surveys of rural municipalities of the Kyrgyz Republic, each figure with its source document. See README.md (English and Russian) for columns, units (som), missing values and the known inconsistencies of the sources.',
    forms: {
      machine: 'CSV: UTF-8 without BOM, comma-separated, dot decimal.',
      excel: 'CSV for Excel in a Russian locale: UTF-8 with BOM, semicolon-separated, decimal comma.',
      json: 'JSON: an array of objects; unknown values are null.',
    },
    neutralised: ' Text cells starting with =, +, -, @, tab or CR are prefixed with an apostrophe against formula injection (numbers never are).',
    combined: ' All municipalities, with a municipality column first.',
    single: (m) => ` One municipality (${m}), the same columns as its source file.`,
    profileTitle: (m) => `Municipality profile: ${m}`,
    profileDescription: (schema) => `The full municipality profile (JSON), valid against the JSON Schema ${schema}.`,
    sourcesTitle: 'Source documents',
    sourcesDescription: 'The documents every record points to (source_doc).',
    dateNote: ' (ISO 8601: YYYY-MM-DD, or YYYY-MM where the source gives only the month)',
  },
};
