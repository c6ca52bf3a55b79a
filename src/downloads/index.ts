/**
 * The downloads of this build, made once from `getData()`: the catalogue of data files plus the
 * documents describing them (datapackage.json, README, the profile's JSON Schema). The /data/
 * endpoint serves these bytes and the catalogue pages show their sizes.
 */
import { dataDir, getData } from '../datasets/index.ts';
import { buildCatalogue, type Catalogue } from './catalogue.ts';
import { dataPackage, profileJsonSchema, PROFILE_SCHEMA_PATH, singleSchemaFiles } from './datapackage.ts';
import { documentJson } from './json.ts';
import { readme } from './readme.ts';
import { readRelease, type Release } from './release.ts';

export interface Downloads {
  catalogue: Catalogue;
  release: Release;
  /** Every file under /data/ by its path there. */
  files: Map<string, Uint8Array>;
}

let cached: { site: string; downloads: Downloads } | undefined;

const utf8 = (text: string) => new TextEncoder().encode(text);

/** `site` is the absolute URL of /data/ when the site address is configured (for links in documents). */
export function getDownloads(site?: URL): Downloads {
  const key = site?.href ?? '';
  if (cached?.site === key) return cached.downloads;
  const data = getData();
  const catalogue = buildCatalogue(data);
  const release = readRelease(dataDir());
  const files = new Map(catalogue.files.map((f) => [f.path, f.body] as const));
  const homepage = site ? new URL('../en/data/', site).href : undefined;
  // Each field of a schema on one line: readable, and a third of the fully indented size.
  files.set('datapackage.json', utf8(documentJson(dataPackage(catalogue, { release, sources: data.sources, homepage }), 5)));
  for (const [path, schema] of singleSchemaFiles(catalogue)) files.set(path, utf8(documentJson(schema, 2)));
  files.set(PROFILE_SCHEMA_PATH, utf8(documentJson(profileJsonSchema())));
  const text = readme(catalogue, { release, data, url: site?.href });
  files.set('README.md', utf8(text));
  files.set('README.txt', utf8(text));
  const downloads = { catalogue, release, files };
  cached = { site: key, downloads };
  return downloads;
}
