/**
 * Where download bytes go as they are made. The publish step writes /data/ straight to disk
 * (see publish.ts) instead of through an Astro endpoint, which would hold every file in memory:
 * at national scale the downloads are gigabytes. Each file is made once, hashed as it is written.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface FileSink {
  /** Starts the file at `path` (under /data/); throws if a file was already written there. */
  open(path: string): { write(bytes: Uint8Array): void; close(): void };
}

export interface DescribedFile {
  path: string;
  bytes: number;
  /** SHA-256 of the bytes, hex. */
  sha256: string;
  chunks(): Iterable<Uint8Array>;
}

// Buffer.from encodes UTF-8 about twice as fast as TextEncoder.
function* encoded(text: Iterable<string>): Generator<Uint8Array> {
  for (const piece of text) yield Buffer.from(piece, 'utf8');
}

/** Makes the file's bytes once: counts and hashes them, and hands them to `sink` when there is one. */
export function describeFile(path: string, text: () => Iterable<string>, sink?: FileSink): DescribedFile {
  const hash = createHash('sha256');
  let bytes = 0;
  const out = sink?.open(path);
  for (const chunk of encoded(text())) {
    hash.update(chunk);
    bytes += chunk.byteLength;
    out?.write(chunk);
  }
  out?.close();
  return { path, bytes, sha256: hash.digest('hex'), chunks: () => encoded(text()) };
}

/** As describeFile, for bytes made once (`chunks` gives the file again, e.g. made from the rows). */
export function describeBytes(path: string, bytes: Iterable<Uint8Array>, chunks: () => Iterable<Uint8Array>, sink?: FileSink): DescribedFile {
  const hash = createHash('sha256');
  let size = 0;
  const out = sink?.open(path);
  for (const chunk of bytes) {
    hash.update(chunk);
    size += chunk.byteLength;
    out?.write(chunk);
  }
  out?.close();
  return { path, bytes: size, sha256: hash.digest('hex'), chunks };
}

/** A sink writing under `dir` (the build's dist/data/). */
export function directorySink(dir: string): FileSink {
  const paths = new Set<string>();
  const made = new Set<string>();
  return {
    open(path) {
      if (paths.has(path)) throw new Error(`two downloads would be written to data/${path}`);
      paths.add(path);
      const file = join(dir, path);
      const folder = dirname(file);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      const fd = openSync(file, 'w');
      return {
        write(bytes) {
          for (let at = 0; at < bytes.byteLength; ) at += writeSync(fd, bytes, at);
        },
        close: () => closeSync(fd),
      };
    },
  };
}

/** Concatenates a file's pieces (for the dev server and tests; the build never does this). */
export function joinChunks(chunks: Iterable<Uint8Array>): Uint8Array<ArrayBuffer> {
  const list = [...chunks];
  const out = new Uint8Array(list.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of list) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
