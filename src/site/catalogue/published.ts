/**
 * The catalogue pages' view of /data/: the manifest the publish step wrote (src/downloads/publish.ts),
 * found through KG_PUBLISH_DIR (set by `npm run build`, or by the integration for `astro dev`).
 */
import { publishDir, publishedCatalogue, readManifest, type Published } from '../../downloads/manifest.ts';

let cached: Published | undefined;

export function getPublished(): Published {
  cached ??= publishedCatalogue(readManifest(publishDir()));
  return cached;
}
