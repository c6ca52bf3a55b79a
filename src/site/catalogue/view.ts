/**
 * What the catalogue pages say about a dataset and its files, per language: labels, sizes,
 * coverage, the citation and the schema.org description. Pages only place these.
 */
import type { CatalogueTable, PublishedFile } from '../../downloads/catalogue.ts';
import { datasetJsonLd, type Distribution } from '../../downloads/jsonld.ts';
import { LICENCE } from '../../downloads/datapackage.ts';
import { releaseDate, type Release } from '../../downloads/release.ts';
import type { FieldMeta } from '../../datasets/fields.ts';
import type { Municipality } from '../../datasets/municipality.ts';
import { formatNumber } from '../../i18n/format.ts';
import { columnText, datasetText, t, texts, type Key, type Lang, type PublishedTable } from '../../i18n/index.ts';
import { municipalityName } from '../names.ts';
import { asset } from '../routing/routes.ts';

const isKey = (k: string): k is Key => k in texts('ru').ui;

/** @example fileSize('en', 1536) // "1.5 KB" */
export function fileSize(lang: Lang, bytes: number): string {
  if (bytes < 1024) return t(lang, 'data.size.b', { n: formatNumber(lang, bytes) });
  if (bytes < 1024 * 1024) return t(lang, 'data.size.kb', { n: formatNumber(lang, bytes / 1024, 1) });
  return t(lang, 'data.size.mb', { n: formatNumber(lang, bytes / (1024 * 1024), 1) });
}

export interface FileLink {
  href: string;
  label: string;
  size: string;
  /** The file's type for the `type` attribute of the link. */
  mediatype: string;
}

/** Where a published file is fetched: under /data/, or its release address when it is a release asset. */
export const fileHref = (f: Pick<PublishedFile, 'path' | 'url'>): string => f.url ?? asset(`data/${f.path}`);

export function fileLink(lang: Lang, f: PublishedFile): FileLink {
  const profile = f.path.endsWith('/municipality.json');
  return {
    href: fileHref(f),
    label: t(lang, profile ? 'data.file.profile' : `data.file.${f.format}`),
    size: fileSize(lang, f.bytes),
    mediatype: f.format === 'json' ? 'application/json' : 'text/csv',
  };
}

export const typeLabel = (lang: Lang, meta: FieldMeta) => t(lang, `data.type.${meta.type}`);

export function unitLabel(lang: Lang, unit: string | undefined): string | undefined {
  if (!unit) return undefined;
  const key = `data.unit.${unit}`;
  return isKey(key) ? t(lang, key) : unit;
}

/** A text in the page's language; `lang` is set where it differs from the page's (none today: src/i18n checks every text exists). */
export interface Described {
  text: string;
  lang: string | undefined;
}

export const datasetTitle = (lang: Lang, dataset: string): string => datasetText(lang, dataset as PublishedTable).title;
export const describeDataset = (lang: Lang, dataset: string): Described => ({ text: datasetText(lang, dataset as PublishedTable).description, lang: undefined });
export const describeColumn = (lang: Lang, dataset: string, column: string): Described => ({ text: columnText(lang, dataset as PublishedTable, column), lang: undefined });

/** "rows: 12 · municipalities: 2 · years: 2012–2015" */
export function coverage(lang: Lang, entry: CatalogueTable<PublishedFile>): string {
  const years = entry.years;
  const yearText = !years
    ? t(lang, 'data.noYears')
    : years.from === years.to
      ? t(lang, 'data.oneYear', { year: years.from })
      : t(lang, 'data.years', { from: years.from, to: years.to });
  return [t(lang, 'data.rows', { n: formatNumber(lang, entry.rows) }), t(lang, 'data.municipalities', { n: entry.municipalities.length }), yearText].join(' · ');
}

export function citation(lang: Lang, release: Release, title: string, url: string): string {
  return t(lang, 'data.citation', { site: t(lang, 'site.name'), title, version: release.version, date: releaseDate(release), url });
}

export function yearSpan(entries: readonly CatalogueTable<PublishedFile>[]): { from: number; to: number } | undefined {
  const spans = entries.flatMap((e) => (e.years ? [e.years] : []));
  if (spans.length === 0) return undefined;
  return { from: Math.min(...spans.map((s) => s.from)), to: Math.max(...spans.map((s) => s.to)) };
}

/** A municipality as the catalogue names it: its loaded data or its national entry (src/figures/national.ts). */
type Profiled = { profile: Municipality };

interface LdInput {
  lang: Lang;
  release: Release;
  name: string;
  description: string;
  url: string;
  site: URL;
  files: readonly PublishedFile[];
  years: { from: number; to: number } | undefined;
  municipalities: readonly Profiled[];
  isPartOf?: { name: string; url: string };
  /** The title a citation names, when it differs from `name`. */
  citeTitle?: string;
}

/** Municipalities per catalogue page (their files are listed in a table). */
export const PER_PAGE = 60;

/** Beyond this many municipalities a catalogue page names their regions instead (keeps national pages light). */
export const MAX_PLACES = 30;

/** The places a dataset covers: its municipalities, or at national scale their regions. */
export function places(lang: Lang, municipalities: readonly Profiled[]): string[] {
  if (municipalities.length <= MAX_PLACES) return municipalities.map((m) => municipalityName(m.profile, lang).text);
  const regions = municipalities.map((m) => m.profile.region?.[lang] ?? m.profile.region?.ru ?? null);
  return [...new Set(regions.filter((r): r is string => r !== null))].sort();
}

/** The schema.org Dataset of a catalogue page: its combined downloads, years and places. */
export function pageJsonLd(x: LdInput) {
  const distribution: Distribution[] = x.files.map((f) => ({
    name: f.path,
    url: new URL(fileHref(f), x.site).href,
    encodingFormat: f.format === 'json' ? 'application/json' : 'text/csv',
    bytes: f.bytes,
  }));
  return datasetJsonLd({
    name: x.name,
    description: x.description,
    url: x.url,
    inLanguage: x.lang,
    version: x.release.version,
    dateModified: x.release.updated,
    license: LICENCE.path,
    creatorName: t(x.lang, 'site.name'),
    keywords: ['Kyrgyzstan', 'local budget', 'public hearings', 'local initiatives', 'open data'],
    temporalCoverage: x.years ? `${x.years.from}/${x.years.to}` : undefined,
    places: places(x.lang, x.municipalities),
    distribution,
    citation: citation(x.lang, x.release, x.citeTitle ?? x.name, x.url),
    isPartOf: x.isPartOf,
  });
}
