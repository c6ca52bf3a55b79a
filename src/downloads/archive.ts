/**
 * `/data/all.zip`: every published file under /data/ (CSV, JSON, the Data Package, sources,
 * the README, the .pb exports), streamed from disk by yazl, never held whole in memory. Entries
 * are in the manifest's order with the release date as their time, so one data commit gives
 * the same bytes on every build.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import yazl from 'yazl';
import type { ManifestFile } from './manifest.ts';
import { joinZip, zipIndex, type ZipPart } from './archive-reuse.ts';

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

/** What an incremental build may copy from the previous archive (src/downloads/archive-reuse.ts). */
export interface ArchiveReuse {
  /** The previous build's all.zip. */
  previous: string;
  /** The SHA-256 of its central directory, as the publish cache recorded it: else it is not the archive the cache describes. */
  central: string;
  /** Whether the file at this path is the one in the previous archive (same bytes, same release date). */
  same: (path: string) => boolean;
}

/** As writeArchive, copying the entries of unchanged files from the previous archive; `reused`: how many. */
export async function writeArchiveReusing(dataDir: string, files: readonly ManifestFile[], updated: string, out: string, reuse: ArchiveReuse): Promise<{ file: ManifestFile; reused: number }> {
  const old = zipIndex(reuse.previous);
  if (old && old.central === reuse.central) {
    const before = new Map(old.entries.map((e) => [e.name, e]));
    const listed = files.filter((f) => !f.url);
    const fresh = listed.filter((f) => !(reuse.same(f.path) && before.has(f.path)));
    const tmp = `${out}.fresh.zip`;
    try {
      await writeArchive(dataDir, fresh, updated, tmp);
      const made = zipIndex(tmp);
      const now = new Map((made?.entries ?? []).map((e) => [e.name, e]));
      if (made && now.size === fresh.length) {
        const parts: ZipPart[] = listed.map((f) => (now.has(f.path) ? { from: tmp, entry: now.get(f.path)! } : { from: reuse.previous, entry: before.get(f.path)! }));
        const joined = joinZip(out, parts);
        if (joined) return { file: { path: ARCHIVE_PATH, ...joined }, reused: listed.length - fresh.length };
      }
    } finally {
      rmSync(tmp, { force: true });
    }
  }
  return { file: await writeArchive(dataDir, files, updated, out), reused: 0 };
}

/** The SHA-256 of a published file on disk (tests compare it with the manifest). */
export const fileSha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
