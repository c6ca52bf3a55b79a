/**
 * A loaded and checked data folder handed from one process to another: the publish step loads
 * the whole country anyway, and an incremental build's page process (src/cli/build.ts), which
 * renders the national pages over every municipality, reads it back instead of loading and
 * checking the folder a second time. One record per municipality (V8's structured serialisation:
 * the loaded data is plain objects and arrays), so neither side holds the whole file at once.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { LoadedData, MunicipalityData } from './load.ts';

/** Names the file to the page process; unset, the pages load the data folder themselves. */
export const LOADED_DATA_ENV = 'KG_LOADED_DATA';

/** `serialised`: municipalities' records already serialised (the publish cache's files), by id. */
export function writeLoaded(path: string, data: LoadedData, serialised?: ReadonlyMap<string, Uint8Array>): void {
  const fd = openSync(path, 'w');
  try {
    const record = (value: unknown, ready?: Uint8Array) => {
      const body = ready ?? serialize(value);
      const head = Buffer.alloc(4);
      head.writeUInt32LE(body.byteLength);
      for (const b of [head, body]) for (let at = 0; at < b.byteLength; ) at += writeSync(fd, b, at);
    };
    record({ sources: data.sources, problems: data.problems, ...(data.halted && { halted: true }), municipalities: data.municipalities.length });
    for (const m of data.municipalities) record(m, serialised?.get(m.profile.id));
  } finally {
    closeSync(fd);
  }
}

export function readLoaded(path: string): LoadedData {
  const fd = openSync(path, 'r');
  try {
    const record = <T>(): T => {
      const head = Buffer.alloc(4);
      if (readSync(fd, head, 0, 4, null) !== 4) throw new Error(`${path}: the loaded data ends early`);
      const body = Buffer.alloc(head.readUInt32LE());
      for (let at = 0; at < body.byteLength; ) {
        const n = readSync(fd, body, at, body.byteLength - at, null);
        if (n === 0) throw new Error(`${path}: the loaded data ends early`);
        at += n;
      }
      return deserialize(body) as T;
    };
    const top = record<Omit<LoadedData, 'municipalities'> & { municipalities: number }>();
    const municipalities = Array.from({ length: top.municipalities }, () => record<MunicipalityData>());
    return { ...top, municipalities };
  } finally {
    closeSync(fd);
  }
}
