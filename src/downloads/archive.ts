/**
 * `/data/all.zip`: every published file under /data/ (CSV, JSON, the Data Package, sources,
 * the README, the .pb exports), streamed from disk by yazl, never held whole in memory. Entries
 * are in the manifest's order with the release date as their time, so one data commit gives
 * the same bytes on every build.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import yazl from 'yazl';
import type { ManifestFile } from './manifest.ts';

export const ARCHIVE_PATH = 'all.zip';

/** The files under `dataDir` (release assets are elsewhere: the combined files are rebuilt from these) go into `out` (default: all.zip among them). */
export async function writeArchive(dataDir: string, files: readonly ManifestFile[], updated: string, out = join(dataDir, ARCHIVE_PATH)): Promise<ManifestFile> {
  const zip = new yazl.ZipFile();
  const mtime = new Date(updated);
  for (const f of files) if (!f.url) zip.addFile(join(dataDir, f.path), f.path, { mtime, mode: 0o100644 });
  zip.end();
  const hash = createHash('sha256');
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.byteLength;
      done(null, chunk);
    },
  });
  await pipeline(zip.outputStream, count, createWriteStream(out));
  return { path: ARCHIVE_PATH, bytes, sha256: hash.digest('hex') };
}

/** The SHA-256 of a published file on disk (tests compare it with the manifest). */
export const fileSha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
