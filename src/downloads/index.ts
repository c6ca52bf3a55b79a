/**
 * The downloads of a data folder: the catalogue of data files plus the documents describing
 * them (datapackage.json, README, the profile's JSON Schema). Each file is made once and, when
 * a sink is given, written as it is made (publish.ts writes them to the publish folder).
 */
import type { LoadedData } from '../datasets/load.ts';
import { buildCatalogue, ON_SITE, type Catalogue, type Placement } from './catalogue.ts';
import { dataPackage, profileJsonSchema, PROFILE_SCHEMA_PATH, singleSchemaFiles } from './datapackage.ts';
import { documentJson } from './json.ts';
import { describeFile, type DescribedFile, type FileSink } from './output.ts';
import { contestPb, pbFiles } from './pabulib.ts';
import { readme } from './readme.ts';
import { sourcesCsv } from './sources-table.ts';
import type { Release } from './release.ts';

export interface Downloads {
  catalogue: Catalogue;
  release: Release;
  /** Every file under /data/ by its path there, in the order they were made. */
  files: Map<string, DescribedFile>;
}

/** `site` is the absolute URL of /data/ when the site address is configured (for links in documents). */
export function makeDownloads(data: LoadedData, release: Release, site: URL | undefined, sink?: FileSink, placement: Placement = ON_SITE): Downloads {
  const catalogue = buildCatalogue(data, sink, placement);
  const files = new Map<string, DescribedFile>(catalogue.files.map((f) => [f.path, f]));
  const add = (path: string, text: () => string) => files.set(path, describeFile(path, () => [text()], sink));
  const homepage = site ? new URL('../en/data/', site).href : undefined;
  // Each field of a schema on one line: readable, and a third of the fully indented size.
  add('datapackage.json', () => documentJson(dataPackage(catalogue, { release, sources: data.sources, homepage }), 5));
  for (const [path, schema] of singleSchemaFiles(catalogue)) add(path, () => documentJson(schema, 2));
  add(PROFILE_SCHEMA_PATH, () => documentJson(profileJsonSchema()));
  add('sources.csv', () => sourcesCsv(data.sources));
  for (const [path, m, contest] of pbFiles(data.municipalities)) add(path, () => contestPb(m, contest, release));
  const text = () => readme(catalogue, { release, data, url: site?.href });
  add('README.md', text);
  add('README.txt', text);
  return { catalogue, release, files };
}
