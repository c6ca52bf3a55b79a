/** One copy of each repeated text: the loaded data keeps its values and shape, walked in place. */
import { describe, expect, it } from 'vitest';
import { Strings } from '../../src/datasets/intern.ts';

describe('Strings', () => {
  it('keeps every value of a tree of objects, arrays and Maps, in place', () => {
    const when = new Date(0);
    const tree = { a: 'expenditure', rows: [{ unit: 'som', n: 1, none: null, gone: undefined }, { unit: 'som', n: 2 }], byYear: new Map([[2020, { phase: 'approved' }]]), when };
    const copy = structuredClone(tree);
    const strings = new Strings();
    expect(strings.intern(tree)).toBe(tree);
    expect(tree).toEqual(copy);
    expect(tree.rows[0]).toHaveProperty('gone');
    expect(tree.when).toBe(when);
  });

  it('holds each distinct text once, from inside objects, arrays and Map values, not from other classes', () => {
    class Kept {
      text = 'not walked';
    }
    const strings = new Strings();
    strings.intern({ a: 'som', rows: [{ unit: 'som' }, { unit: 'thousand' }], byYear: new Map([[2020, { phase: 'approved', unit: 'som' }]]), kept: new Kept() });
    expect(strings.size).toBe(3);
    expect(strings.one('som')).toBe('som');
    expect(strings.one('new')).toBe('new');
    expect(strings.size).toBe(4);
  });
});
