/**
 * The catalogue pages' view of /data/: the manifest the publish step wrote (src/downloads/publish.ts),
 * found through KG_PUBLISH_DIR (set by `npm run build`, or by the integration for `astro dev`).
 */
import { readFileSync } from 'node:fs';
import { publishDir, publishedCatalogue, readManifest, releasePath, type ManifestFile, type Published } from '../../downloads/manifest.ts';
import type { Release } from '../../downloads/release.ts';

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
