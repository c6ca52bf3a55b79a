/**
 * Remembers which key values a streamed file has used, in flat typed arrays instead of a
 * Map of strings: 12 bytes a key (a 1M-row file needs ~25 MB, not ~120 MB). A key is
 * stored as a 64-bit hash, so two different keys could collide: for a million keys the
 * chance of one false "duplicate" is about 3 in 100 million.
 */

function hashPair(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  return [a >>> 0, b >>> 0];
}

export class KeyIndex {
  private mask: number;
  private high: Uint32Array;
  private low: Uint32Array;
  /** Row where the key was first seen; 0 marks an empty slot (rows start at 1). */
  private rows: Uint32Array;
  size = 0;

  constructor(capacity = 1 << 16) {
    this.mask = capacity - 1;
    this.high = new Uint32Array(capacity);
    this.low = new Uint32Array(capacity);
    this.rows = new Uint32Array(capacity);
  }

  /** Records `key` at `row`; returns the earlier row when the key was already seen. */
  firstRow(key: string, row: number): number | undefined {
    const [a, b] = hashPair(key);
    return this.insert(a, b, row);
  }

  private insert(a: number, b: number, row: number): number | undefined {
    let i = a & this.mask;
    for (;;) {
      const at = this.rows[i]!;
      if (at === 0) break;
      if (this.high[i] === a && this.low[i] === b) return at;
      i = (i + 1) & this.mask;
    }
    this.high[i] = a;
    this.low[i] = b;
    this.rows[i] = row;
    if (++this.size > this.mask * 0.6) this.grow();
    return undefined;
  }

  private grow(): void {
    const { high, low, rows } = this;
    const capacity = (this.mask + 1) * 2;
    this.mask = capacity - 1;
    this.high = new Uint32Array(capacity);
    this.low = new Uint32Array(capacity);
    this.rows = new Uint32Array(capacity);
    this.size = 0;
    for (let i = 0; i < rows.length; i++) if (rows[i] !== 0) this.insert(high[i]!, low[i]!, rows[i]!);
  }
}
