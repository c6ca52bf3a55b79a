/**
 * The catalogue pages' view of /data/: the manifest the publish step wrote (src/downloads/publish.ts),
 * found through KG_PUBLISH_DIR (set by `npm run build`, or by the integration for `astro dev`).
 */
import { publishDir, publishedCatalogue, readManifest, type Published } from '../../downloads/manifest.ts';
import { releaseFromEnv, type Release } from '../../downloads/release.ts';

let cached: Published | undefined;

export function getPublished(): Published {
  cached ??= publishedCatalogue(readManifest(publishDir()));
  return cached;
}

let release: Release | undefined;

/** The build's release, which every page prints: fixed before any page renders (src/cli/build.ts). */
export function getRelease(): Release {
  release ??= releaseFromEnv() ?? getPublished().release;
  return release;
}
