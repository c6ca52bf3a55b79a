/**
 * One copy of each repeated text in loaded data. A municipality repeats its labels, units, phases
 * and notes on every row ("expenditure", "som", the same "of which" label), and both the CSV parser
 * and V8's deserialiser make a new string for every cell: in a loaded synthetic country three
 * quarters of the string bytes were copies, and strings were most of the loaded data's memory.
 */
export class Strings {
  private readonly table = new Map<string, string>();

  /** How many distinct texts the table holds. */
  get size(): number {
    return this.table.size;
  }

  /** The first string equal to `s` this table saw. */
  one(s: string): string {
    const known = this.table.get(s);
    if (known !== undefined) return known;
    this.table.set(s, s);
    return s;
  }

  /**
   * Replaces, in place, every string inside plain objects, arrays and Maps (their values) with
   * the table's copy; returns `value`. Loaded data is a tree of these (no cycles).
   */
  intern<T>(value: T): T {
    return this.walk(value) as T;
  }

  private walk(v: unknown): unknown {
    if (typeof v === 'string') return this.one(v);
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = this.walk(v[i]);
    } else if (v instanceof Map) {
      for (const [k, x] of v) v.set(k, this.walk(x));
    } else if (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null) {
      const o = v as Record<string, unknown>;
      for (const k in o) o[k] = this.walk(o[k]);
    }
    return v;
  }
}
