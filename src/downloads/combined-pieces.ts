/**
 * The combined tables of an incremental build from the previous build's combined files (issue 17):
 * a combined file is its header, then each municipality's rows in turn (CSV), or their records
 * joined by ",\n" inside "[\n … \n]\n" (JSON, src/downloads/json.ts). The publish cache records
 * where each municipality's piece lies in each combined file; an unchanged municipality's piece
 * is copied from the previous file, a changed one's is made from its rows, so the file is the
 * very bytes a full build writes (tests/build/incremental.test.ts) without making them all again.
 */
import { readAt } from '../datasets/read-at.ts';
import { closeSync, openSync, statSync } from 'node:fs';
import { csvChunks, type Dialect } from './csv.ts';
import { jsonChunks } from './json.ts';
import type { Block, Column } from './table.ts';

/** Where each municipality's piece is in a combined file: id → [start, length] in bytes. */
export type Pieces = Record<string, [number, number]>;

/** A combined file of the previous build: where it is, its size, its pieces. */
export interface PreviousCombined {
  file: string;
  bytes: number;
  pieces: Pieces;
}

/** One municipality's piece of a combined file, made from its rows. */
function piece(columns: Column[], block: Block, format: Dialect | 'json'): string {
  if (format === 'json') {
    if (block.rows.length === 0) return '';
    // The first block's text is "[\n" and its records.
    return [...jsonChunks(columns, [block])][0]!.slice(2);
  }
  return [...csvChunks(columns, [block], format)].slice(1).join('');
}


/**
 * The bytes of a combined file, piece by piece: `reuse(id)` says whether a municipality's piece
 * may be copied from `previous` (its data is unchanged); `pieces` receives where each piece went.
 */
export function* combinedBytes(
  columns: Column[],
  blocks: readonly (Block & { municipality: string })[],
  format: Dialect | 'json',
  previous: PreviousCombined | undefined,
  reuse: (id: string) => boolean,
  pieces: Pieces,
): Generator<Uint8Array> {
  let fd: number | undefined;
  try {
    if (previous && statSync(previous.file).size === previous.bytes) fd = openSync(previous.file, 'r');
  } catch {
    fd = undefined;
  }
  try {
    let at = 0;
    const out = (b: Uint8Array) => {
      at += b.byteLength;
      return b;
    };
    if (format !== 'json') yield out(Buffer.from([...csvChunks(columns, [], format)][0]!, 'utf8'));
    let first = true;
    for (const block of blocks) {
      const old = fd === undefined || !reuse(block.municipality) ? undefined : previous!.pieces[block.municipality];
      const bytes = old ? readAt(fd!, old[0], old[1], 'the previous combined file') : Buffer.from(piece(columns, block, format), 'utf8');
      if (format === 'json' && bytes.byteLength > 0) {
        yield out(Buffer.from(first ? '[\n' : ',\n'));
        first = false;
      }
      pieces[block.municipality] = [at, bytes.byteLength];
      if (bytes.byteLength > 0) yield out(bytes);
    }
    if (format === 'json') yield out(Buffer.from(first ? '[]\n' : '\n]\n'));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
