/**
 * A loaded and checked data folder handed from one process to another: the publish step loads
 * the whole country anyway, and the page processes (src/cli/build.ts) read it back instead of
 * loading and checking the folder again, each only its own municipalities (the national pages
 * read the publish step's national entries, src/figures/national.ts). One record per
 * municipality (V8's structured serialisation: the loaded data is plain objects and arrays), so
 * neither side holds the whole file at once, and a reader skips the records it does not need
 * without decoding them.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { LoadedData, MunicipalityData } from './load.ts';
import { Strings } from './intern.ts';
import { readAt } from './read-at.ts';

/** Names the file to the page process; unset, the pages load the data folder themselves. */
export const LOADED_DATA_ENV = 'KG_LOADED_DATA';

/** The first record: everything but the municipalities, and their ids in order. */
type Top = Omit<LoadedData, 'municipalities'> & { ids: string[] };

/**
 * `serialised`: municipalities' records already serialised (the publish cache's files), by id;
 * `onRecord` gets each municipality's record as written (the publish cache keeps the same bytes).
 */
export function writeLoaded(path: string, data: LoadedData, serialised?: ReadonlyMap<string, Uint8Array>, onRecord?: (id: string, record: Uint8Array) => void): void {
  const fd = openSync(path, 'w');
  try {
    const record = (value: unknown, ready?: Uint8Array): Uint8Array => {
      const body = ready ?? serialize(value);
      const head = Buffer.alloc(4);
      head.writeUInt32LE(body.byteLength);
      for (const b of [head, body]) for (let at = 0; at < b.byteLength; ) at += writeSync(fd, b, at);
      return body;
    };
    const top: Top = { sources: data.sources, problems: data.problems, ...(data.halted && { halted: true }), ids: data.municipalities.map((m) => m.profile.id) };
    record(top);
    for (const m of data.municipalities) {
      const written = record(m, serialised?.get(m.profile.id));
      onRecord?.(m.profile.id, written);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The handed-off data; with `only`, just those municipalities (the problems stay the whole
 * country's: the publish step found no error in any of them).
 */
export function readLoaded(path: string, only?: ReadonlySet<string>): LoadedData {
  const fd = openSync(path, 'r');
  // The deserialiser copies every repeated text; one copy each halves the data's memory.
  const strings = new Strings();
  let position = 0;
  const read = (bytes: number): Buffer => {
    const buffer = readAt(fd, position, bytes, `${path}: the loaded data`);
    position += bytes;
    return buffer;
  };
  const record = <T>(wanted = true): T | undefined => {
    const length = read(4).readUInt32LE();
    if (wanted) return strings.intern(deserialize(read(length)) as T);
    position += length;
    return undefined;
  };
  try {
    const { ids, ...top } = record<Top>()!;
    const municipalities = ids.flatMap((id) => {
      const m = record<MunicipalityData>(!only || only.has(id));
      return m ? [m] : [];
    });
    return { ...top, municipalities };
  } finally {
    closeSync(fd);
  }
}
