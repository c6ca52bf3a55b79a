/**
 * `all.zip` of an incremental build from the previous one (issue 17): an entry whose file is the
 * same (same SHA-256, same release date: its time) is copied from the previous archive, still
 * compressed; the others are compressed by yazl as src/downloads/archive.ts does. yazl writes
 * each entry (header, data, descriptor) without its position, and the position only in the
 * central directory, so the joined archive is the very bytes one yazl run gives
 * (tests/build/incremental.test.ts compares them). Anything unusual (ZIP64, a comment, an
 * archive not the one the cache describes) makes the archive anew.
 */
import { readAt } from '../datasets/read-at.ts';
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, rmSync, writeSync } from 'node:fs';

export interface ZipEntry {
  name: string;
  /** Where its header starts and how many bytes the entry takes (header, data, descriptor). */
  start: number;
  length: number;
  /** Its central-directory record (the offset at byte 42 is rewritten). */
  record: Buffer;
}

export interface ZipIndex {
  entries: ZipEntry[];
  /** SHA-256 of the central directory: names, sizes and CRC-32 of every entry. */
  central: string;
  bytes: number;
}


/** The entries of a zip that yazl wrote (no ZIP64, no comment); undefined for anything else. */
export function zipIndex(path: string): ZipIndex | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const bytes = fstatSync(fd).size;
    if (bytes < 22) return undefined;
    const eocd = readAt(fd, bytes - 22, 22, 'the archive');
    if (eocd.readUInt32LE(0) !== 0x06054b50 || eocd.readUInt16LE(20) !== 0) return undefined;
    const count = eocd.readUInt16LE(10);
    const size = eocd.readUInt32LE(12);
    const offset = eocd.readUInt32LE(16);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff || offset + size !== bytes - 22) return undefined;
    const central = readAt(fd, offset, size, 'the archive');
    const entries: ZipEntry[] = [];
    for (let at = 0; at < size; ) {
      if (central.readUInt32LE(at) !== 0x02014b50) return undefined;
      const flags = central.readUInt16LE(at + 8);
      const compressed = central.readUInt32LE(at + 20);
      const nameLength = central.readUInt16LE(at + 28);
      const extra = central.readUInt16LE(at + 30);
      const comment = central.readUInt16LE(at + 32);
      const start = central.readUInt32LE(at + 42);
      if (compressed === 0xffffffff || start === 0xffffffff) return undefined;
      const length = 46 + nameLength + extra + comment;
      const record = Buffer.from(central.subarray(at, at + length));
      const local = readAt(fd, start, 30, 'the archive');
      if (local.readUInt32LE(0) !== 0x04034b50) return undefined;
      const entryLength = 30 + local.readUInt16LE(26) + local.readUInt16LE(28) + compressed + (flags & 0x8 ? 16 : 0);
      entries.push({ name: record.subarray(46, 46 + nameLength).toString('utf8'), start, length: entryLength, record });
      at += length;
    }
    if (entries.length !== count) return undefined;
    return { entries, central: createHash('sha256').update(central).digest('hex'), bytes };
  } finally {
    closeSync(fd);
  }
}

export interface ZipPart {
  /** The archive the entry is copied from, and the entry. */
  from: string;
  entry: ZipEntry;
}

/** Writes the entries, in order, then their central directory; returns size and SHA-256; undefined (nothing left) when it would need ZIP64. */
export function joinZip(out: string, parts: readonly ZipPart[]): { bytes: number; sha256: string } | undefined {
  const hash = createHash('sha256');
  const fds = new Map<string, number>();
  const fd = openSync(out, 'w');
  let at = 0;
  const write = (b: Buffer) => {
    hash.update(b);
    for (let done = 0; done < b.byteLength; ) done += writeSync(fd, b, done);
    at += b.byteLength;
  };
  try {
    const records: Buffer[] = [];
    for (const { from, entry } of parts) {
      if (at > 0xfffffffe || parts.length >= 0xffff) return undefined;
      let source = fds.get(from);
      if (source === undefined) fds.set(from, (source = openSync(from, 'r')));
      const record = Buffer.from(entry.record);
      record.writeUInt32LE(at, 42);
      records.push(record);
      // In pieces of at most 8 MiB: an entry may be a large file.
      for (let done = 0; done < entry.length; ) {
        const n = Math.min(8 << 20, entry.length - done);
        write(readAt(source, entry.start + done, n, 'the archive'));
        done += n;
      }
    }
    const centralStart = at;
    for (const r of records) write(r);
    const centralSize = at - centralStart;
    if (centralStart > 0xfffffffe || centralSize > 0xfffffffe) return undefined;
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(parts.length, 8);
    eocd.writeUInt16LE(parts.length, 10);
    eocd.writeUInt32LE(centralSize, 12);
    eocd.writeUInt32LE(centralStart, 16);
    write(eocd);
    return { bytes: at, sha256: hash.digest('hex') };
  } finally {
    closeSync(fd);
    for (const s of fds.values()) closeSync(s);
    if (at > 0xfffffffe) rmSync(out, { force: true });
  }
}
