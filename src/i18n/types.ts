/**
 * The shape of one language's texts, topic by topic. Each src/i18n/<lang>/ folder fills these
 * types; src/i18n/index.ts checks at load that nothing is missing.
 */
import type { FieldType } from '../datasets/fields.ts';
import type { ProblemCode } from '../datasets/problems.ts';
import type { DatasetName } from '../datasets/registry.ts';
import type { Dictionary } from './dictionary.ts';

export type Params = Record<string, string | number>;

/** One fact of a problem's params as text ('' when absent). */
export const param = (params: Params, key: string): string => String(params[key] ?? '');

export interface ProblemTexts {
  /** What is wrong, then how to fix it: one entry per code. */
  messages: Record<ProblemCode, (p: Params) => string>;
  labels: { error: string; warning: string; row: string; column: string; value: string };
}

export interface DatasetText {
  title: string;
  description: string;
  /** Each declared column's meaning, except the shared source columns. */
  columns: Record<string, string>;
}

/** Tables the site publishes: the registry's datasets and the flat municipalities table. */
export type PublishedTable = DatasetName | 'municipalities';

export interface DatasetTexts {
  /** The `municipality` column combined downloads put first. */
  municipalityColumn: string;
  /** Columns every record carries (sourceColumns in fields.ts). */
  shared: Record<string, string>;
  tables: Record<PublishedTable, DatasetText>;
  /** The treasury file (checked by streaming, never published): only its title exists in every language. */
  transactions: Pick<DatasetText, 'title'> & Partial<DatasetText>;
  /** Fields of municipality.json, for the templates' README. */
  profileFields: Record<string, string>;
  /** Fields of a data/sources.json entry, for the templates' README. */
  sourceFields: Record<string, string>;
}

/** Languages whose dataset texts are complete, the treasury file included. */
export type FullDatasetTexts = DatasetTexts & { transactions: DatasetText };

export interface Glossary {
  /** Meaning of each allowed value of an enumerated column, by value. */
  values: Record<string, string>;
  /** How each kind of column is written ("id" for id columns). */
  types: Record<FieldType | 'id', string>;
  units: Record<string, string>;
  booleanValues: string;
  readme: {
    /** The README's title, one part per language. */
    title: string;
    /** The "generated, do not edit" note: only in Russian and English. */
    generated?: string;
    heading: string;
    columns: readonly string[];
    yes: string;
    key: string;
    refs: string;
    rules: readonly string[];
    profile: string;
    sources: string;
    fieldColumns: readonly string[];
  };
}

export interface ReportTexts {
  /** `npm run validate`: the per-file table and the summary. */
  validate: {
    title: string;
    row: string;
    column: string;
    value: string;
    problem: string;
    error: string;
    warning: string;
    ok: string;
    guide: string;
    summary: (errors: number, warnings: number, files: number) => string;
    /** One line for the same problem in many rows of a column: "in 10 153 rows". */
    times: (count: number) => string;
    /** The value cell of such a line when the rows' values differ. */
    various: string;
  };
  /** The staff guide's generated table of codes. */
  codes: { head: readonly string[]; error: string; warning: string; both: string };
  /** `npm run validate:transactions`: the last line. */
  transactions: (rows: number, errors: number, shown: number) => string;
}

export interface CliTexts {
  newMunicipality: {
    profileSection: string;
    usage: string;
    badId: (id: string, why: string) => string;
    exists: (folder: string) => string;
    noSources: (path: string) => string;
    noDoc: (doc: string, path: string) => string;
    created: (folder: string) => string;
    addedSource: (doc: string, path: string) => string;
    next: string;
    check: string;
  };
  /** Only in Russian and English (the command prints both). */
  templates?: TemplatesCliTexts;
  preview: {
    bad: string;
    building: (dir: string) => string;
    buildFailed: string;
    open: (dir: string, url: string) => string;
  };
}

/** Units of money in running text: "5 684 800 сом", "12,0 тыс. сом". */
export interface MoneyWords {
  som: string;
  thousand: string;
}

/** The data README's words (it is written in English and Russian only). */
export interface DownloadsTexts {
  files: readonly string[];
  reading: readonly string[];
  head: { files: string; problems: string; checks: string; notesRef: string; none: string };
  words: {
    language: string;
    files: string;
    rows: string;
    municipalities: string;
    years: string;
    key: string;
    column: string;
    type: string;
    unit: string;
    required: string;
    yes: string;
    description: string;
    datasets: string;
    notes: string;
    /** How many rows of a table have a note. */
    noted: string;
  };
  sourceFields: Record<string, string>;
}

/** English also words the Data Package (datapackage.json is in English). */
export interface PackageDownloadsTexts extends DownloadsTexts {
  package: {
    description: string;
    forms: { machine: string; excel: string; json: string };
    neutralised: string;
    combined: string;
    single: (municipality: string) => string;
    profileTitle: (municipality: string) => string;
    profileDescription: (schemaPath: string) => string;
    sourcesTitle: string;
    sourcesDescription: string;
    dateNote: string;
  };
}

/** `npm run templates`: it prints Russian and English side by side. */
export interface TemplatesCliTexts {
  outOfDate: string;
  run: string;
  upToDate: string;
  written: string;
  removed: string;
  nothing: string;
}
