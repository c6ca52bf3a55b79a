/** Reads exactly `length` bytes of an open file from `at`: a file shorter than that is an error, named by `what`. */
import { readSync } from 'node:fs';

export function readAt(fd: number, at: number, length: number, what: string): Buffer {
  const b = Buffer.alloc(length);
  for (let got = 0; got < length; ) {
    const n = readSync(fd, b, got, length - got, at + got);
    if (n === 0) throw new Error(`${what} ends early`);
    got += n;
  }
  return b;
}
