/**
 * Column schemas are pure functions of the cell's text, so a value that passed once passes
 * again: a large file repeats its dates, codes and municipalities on every row, and the
 * streaming validator checks each distinct value once. Bounded: a column with more distinct
 * values than `limit` (amounts, document numbers) stops growing its set and only remembers
 * the previous value (sorted files repeat it).
 */
export class GoodValues {
  private seen = new Set<string>();
  private last: string | undefined;
  private full = false;
  private readonly limit: number;

  constructor(limit = 20_000) {
    this.limit = limit;
  }

  has(value: string): boolean {
    return value === this.last || (!this.full && this.seen.has(value));
  }

  add(value: string): void {
    // Only one uncopied value is kept, so at most one parser chunk stays alive per column.
    this.last = value;
    if (this.full) return;
    if (this.seen.size >= this.limit) {
      this.full = true;
      this.seen.clear();
      return;
    }
    // A copy, so the set never keeps alive the chunk a cell was cut from.
    this.seen.add(Buffer.from(value, 'utf8').toString('utf8'));
  }
}
