/**
 * The catalogue pages' view of /data/: the manifest the publish step wrote (src/downloads/publish.ts),
 * found through KG_PUBLISH_DIR (set by `npm run build`, or by the integration for `astro dev`).
 */
import { readFileSync } from 'node:fs';
import { publishDir, publishedCatalogue, readManifest, releasePath, type ManifestFile, type Published } from '../../downloads/manifest.ts';
import { releaseDate, type Release } from '../../downloads/release.ts';
import { datesPath } from '../../downloads/dates.ts';

let cached: Published | undefined;

export function getPublished(): Published {
  cached ??= publishedCatalogue(readManifest(publishDir()));
  return cached;
}

let files: Map<string, ManifestFile> | undefined;

/** One published file's path, size and hash (all.zip, sources.csv…), from the manifest; undefined when not published. */
export function publishedFile(path: string): ManifestFile | undefined {
  files ??= new Map(readManifest(publishDir()).files.map((f) => [f.path, f]));
  return files.get(path);
}

let release: Release | undefined;

/**
 * The release every page prints (its date): written by the publish step before the downloads,
 * so a page shard need not wait for the manifest (only the catalogue's shard does).
 */
export function getRelease(): Release {
  release ??= JSON.parse(readFileSync(releasePath(publishDir()), 'utf8')) as Release;
  return release;
}

let dates: Record<string, string> | undefined;

/**
 * The data date a page prints: a municipality's page (`route` starts with its id) its own data's
 * (src/downloads/dates.ts), so a change to one municipality leaves the others' pages as they were;
 * every other page the release's.
 */
export function pageDataDate(route: ReadonlyArray<string | number>): string {
  dates ??= JSON.parse(readFileSync(datesPath(publishDir()), 'utf8')) as Record<string, string>;
  const own = route.length > 0 && Object.hasOwn(dates, String(route[0])) ? dates[String(route[0])] : undefined;
  return own ? own.slice(0, 10) : releaseDate(getRelease());
}
