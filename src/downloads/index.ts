/**
 * The downloads of this build, made once from `getData()`: the catalogue of data files plus the
 * documents describing them (datapackage.json, README, the profile's JSON Schema). Catalogue pages
 * show their sizes; during `astro build` each file is written to dist/data/ as it is made (see
 * integration.ts), and the dev server's /data/ endpoint makes a file again when asked.
 */
import { dataDir, getData } from '../datasets/index.ts';
import { buildCatalogue, type Catalogue } from './catalogue.ts';
import { dataPackage, profileJsonSchema, PROFILE_SCHEMA_PATH, singleSchemaFiles } from './datapackage.ts';
import { buildOutput } from './integration.ts';
import { documentJson } from './json.ts';
import { describeFile, directorySink, type DescribedFile, type FileSink } from './output.ts';
import { readme } from './readme.ts';
import { readRelease, type Release } from './release.ts';

export interface Downloads {
  catalogue: Catalogue;
  release: Release;
  /** Every file under /data/ by its path there. */
  files: Map<string, DescribedFile>;
}

let cached: { site: string; downloads: Downloads } | undefined;

/** `site` is the absolute URL of /data/ when the site address is configured (for links in documents). */
export function getDownloads(site?: URL): Downloads {
  const key = site?.href ?? '';
  if (cached?.site === key) return cached.downloads;
  const output = buildOutput();
  const sink: FileSink | undefined = output && directorySink(output.dir);
  const downloads = makeDownloads(site, sink);
  output?.written(downloads.files.size);
  cached = { site: key, downloads };
  return downloads;
}

function makeDownloads(site: URL | undefined, sink: FileSink | undefined): Downloads {
  const data = getData();
  const catalogue = buildCatalogue(data, sink);
  const release = readRelease(dataDir());
  const files = new Map<string, DescribedFile>(catalogue.files.map((f) => [f.path, f]));
  // Documents are made again when asked (dev server) rather than kept: datapackage.json alone
  // is ~100 KB per municipality.
  const add = (path: string, text: () => string) => files.set(path, describeFile(path, () => [text()], sink));
  const homepage = site ? new URL('../en/data/', site).href : undefined;
  // Each field of a schema on one line: readable, and a third of the fully indented size.
  add('datapackage.json', () => documentJson(dataPackage(catalogue, { release, sources: data.sources, homepage }), 5));
  for (const [path, schema] of singleSchemaFiles(catalogue)) add(path, () => documentJson(schema, 2));
  add(PROFILE_SCHEMA_PATH, () => documentJson(profileJsonSchema()));
  const text = () => readme(catalogue, { release, data, url: site?.href });
  add('README.md', text);
  add('README.txt', text);
  return { catalogue, release, files };
}
