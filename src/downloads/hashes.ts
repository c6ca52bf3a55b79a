/**
 * One SHA-256 per file of the data folder, made once per build by the publish step and handed
 * over: the release's data hash (release.ts) is made from it, and so are the incremental
 * build's digests (src/build/incremental.ts) and the publish cache's keys (publish-cache.ts),
 * which before each read the whole folder again (~300 MB at 480 municipalities).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where the publish step writes the data folder's hashes (path → hex), beside release.json. */
export const hashesPath = (publishDir: string) => join(publishDir, 'data-hashes.json');

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  try {
    return readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => relative(root, join(d.parentPath, d.name)).split('\\').join('/'));
  } catch {
    return [path]; // a file
  }
}

/** Path → SHA-256 (hex) of every file under `paths` of `root`, in path order. */
export function fileHashes(root: string, paths: readonly string[] = ['.']): Map<string, string> {
  const files = [...new Set(paths.flatMap((p) => filesUnder(root, p)))].map((f) => f.replace(/^\.\//, '')).sort();
  return new Map(files.map((f) => [f, createHash('sha256').update(readFileSync(join(root, f))).digest('hex')]));
}

/** One digest of named parts (path and hash, in the order given). */
export function combineHashes(parts: Iterable<readonly [string, string]>): string {
  const h = createHash('sha256');
  for (const [k, v] of parts) h.update(k).update('\0').update(v).update('\0');
  return h.digest('hex');
}

/** The municipality id a data-folder path belongs to, if it is in a municipality's folder. */
export const municipalityOf = (path: string): string | undefined => /^municipalities\/([^/]+)\//.exec(path)?.[1];
