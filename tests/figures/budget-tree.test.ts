import { describe, expect, it } from 'vitest';
import { buildTree, documentTotal, mismatches, type TreeLine } from '../../src/figures/budget-tree.ts';

let row = 1;
const l = (line: string, amount_som: number | undefined, parent?: string, total = false): TreeLine => ({ line, parent, amount_som, total, _row: ++row });

describe('budget line tree', () => {
  it('counts "of which" lines as parts of their parent, never beside it', () => {
    // A resolution: line 1 with two "of which" lines, line 2, and the document's own total.
    const tree = buildTree([l('1', 555_200), l('1.1', 300_000, '1'), l('1.2', 255_200, '1'), l('2', 3_662_400), l('3', 4_217_600, undefined, true)]);
    const total = documentTotal(tree);
    expect(total.computed.value).toBe(4_217_600);
    expect(total.stated).toBe(4_217_600);
    expect(total.shown).toBe(4_217_600);
    expect(mismatches(tree)).toEqual([]);
    expect(tree.roots.map((n) => n.line.line)).toEqual(['1', '2', '3']);
    expect(tree.roots[0]!.children.map((n) => n.line.line)).toEqual(['1.1', '1.2']);
  });

  it('reports a stated total that differs from its level, keeping both figures', () => {
    const tree = buildTree([l('1', 100), l('2', 200), l('3', 400, undefined, true)]);
    const [m, ...rest] = mismatches(tree);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ kind: 'total', stated: 400, computed: 300 });
    expect(documentTotal(tree)).toMatchObject({ stated: 400, shown: 400, computed: { value: 300, missing: 0 } });
  });

  it('reports "of which" lines that add up to more than their parent', () => {
    const tree = buildTree([l('1', 100), l('1.1', 80, '1'), l('1.2', 30, '1')]);
    expect(mismatches(tree)).toMatchObject([{ kind: 'children', stated: 100, computed: 110 }]);
  });

  it('accepts "of which" lines that name only some of the parts', () => {
    expect(mismatches(buildTree([l('1', 100), l('1.1', 80, '1')]))).toEqual([]);
  });

  it('compares sums to the tyiyn, not to float noise', () => {
    const tree = buildTree([l('1', 0.1), l('2', 0.2), l('3', 0.3, undefined, true)]);
    expect(mismatches(tree)).toEqual([]);
  });

  it('finds parents that name no line, and cycles', () => {
    const a = l('1', 1, '9');
    const b = l('2', 1, '3');
    const c = l('3', 1, '2');
    const tree = buildTree([a, b, c, l('4', 5)]);
    expect(tree.problems.unknownParent).toEqual([a]);
    expect(tree.problems.cycle.map((x) => x.line).sort()).toEqual(['2', '3']);
    // Every line is still placed once, so nothing disappears from the page.
    expect(tree.roots.length).toBe(4);
  });

  it('shows no total when a line lacks its amount and the document prints none', () => {
    const total = documentTotal(buildTree([l('1', 5), l('2', undefined)]));
    expect(total).toMatchObject({ stated: undefined, shown: undefined, computed: { value: 5, missing: 1 } });
  });
});
