/**
 * A budget document's lines as the document prints them: numbered lines, "of which" lines
 * (Kyrgyz "munun ichinen", Russian "v tom chisle") under the line they belong to, and the document's own totals.
 * Only top-level lines that are not totals add up to the budget; a child is part of its parent,
 * never added beside it. Pure functions: the checks report what these find, pages show it.
 */

export interface TreeLine {
  line: string;
  parent?: string | undefined;
  /** The document's own total ("grand total" lines): shown as stated, never summed. */
  total: boolean;
  amount_som?: number | undefined;
  _row: number;
}

export interface TreeNode<L extends TreeLine> {
  line: L;
  children: TreeNode<L>[];
}

export interface TreeProblems {
  /** Lines whose `parent` names no line of the same document. */
  unknownParent: TreeLine[];
  /** Lines that are, through their parents, their own ancestor. */
  cycle: TreeLine[];
}

export interface Tree<L extends TreeLine> {
  roots: TreeNode<L>[];
  problems: TreeProblems;
}

/** Money is compared to the tyiyn: sums of decimals must not differ by float noise. */
export const sameMoney = (a: number, b: number): boolean => Math.abs(a - b) < 0.005;
const round = (n: number) => Math.round(n * 100) / 100;

/** Builds the line tree of one document (one year, direction, phase and source), in row order. */
export function buildTree<L extends TreeLine>(lines: readonly L[]): Tree<L> {
  const nodes = new Map<string, TreeNode<L>>();
  for (const line of lines) if (!nodes.has(line.line)) nodes.set(line.line, { line, children: [] });
  const problems: TreeProblems = { unknownParent: [], cycle: [] };
  const inCycle = new Set<string>();
  for (const line of lines) {
    if (!line.parent) continue;
    if (!nodes.has(line.parent)) {
      problems.unknownParent.push(line);
      continue;
    }
    const seen = new Set<string>([line.line]);
    for (let up = nodes.get(line.parent)?.line; up; up = up.parent ? nodes.get(up.parent)?.line : undefined) {
      if (seen.has(up.line)) {
        if (!inCycle.has(line.line)) problems.cycle.push(line);
        inCycle.add(line.line);
        break;
      }
      seen.add(up.line);
    }
  }
  const roots: TreeNode<L>[] = [];
  for (const line of lines) {
    const node = nodes.get(line.line)!;
    if (node.line !== line) continue;
    const parent = line.parent ? nodes.get(line.parent) : undefined;
    if (!parent || inCycle.has(line.line) || problems.unknownParent.includes(line)) roots.push(node);
    else parent.children.push(node);
  }
  return { roots, problems };
}

export interface LevelSum {
  /** Sum of the known amounts of the lines that count (not totals). */
  value: number | undefined;
  /** Lines that count but have no amount. */
  missing: number;
}

/** The sum of a level: its lines that are not the document's own totals. */
export function levelSum(nodes: readonly TreeNode<TreeLine>[]): LevelSum {
  let value: number | undefined;
  let missing = 0;
  for (const { line } of nodes) {
    if (line.total) continue;
    if (line.amount_som === undefined) missing++;
    else value = round((value ?? 0) + line.amount_som);
  }
  return { value, missing };
}

export interface Mismatch<L extends TreeLine> {
  /** The line whose printed amount differs from what its parts add up to. */
  line: L;
  /** What the document prints. */
  stated: number;
  /** What the parts add up to. */
  computed: number;
  /** The parts that were added. */
  parts: L[];
  kind: 'children' | 'total';
}

/**
 * Every printed amount that its parts contradict: a line whose "of which" lines add up to more
 * than it (or, when the children look complete because they are all totals of a split, to a
 * different figure), and a total line that differs from the sum of its level.
 * "Of which" lines may list only some parts, so children below their parent are not a mismatch.
 */
export function mismatches<L extends TreeLine>(tree: Tree<L>): Mismatch<L>[] {
  const out: Mismatch<L>[] = [];
  const visit = (level: readonly TreeNode<L>[]) => {
    const sum = levelSum(level);
    for (const node of level) {
      const { line } = node;
      const counted = node.children.filter((c) => !c.line.total);
      if (line.amount_som !== undefined && counted.length > 0) {
        const parts = levelSum(node.children);
        if (parts.value !== undefined && parts.value > line.amount_som && !sameMoney(parts.value, line.amount_som)) {
          out.push({ line, stated: line.amount_som, computed: parts.value, parts: counted.map((c) => c.line), kind: 'children' });
        }
      }
      if (line.total && line.amount_som !== undefined && node.children.length === 0 && sum.value !== undefined && sum.missing === 0 && !sameMoney(sum.value, line.amount_som)) {
        out.push({ line, stated: line.amount_som, computed: sum.value, parts: level.filter((n) => !n.line.total).map((n) => n.line), kind: 'total' });
      }
      visit(node.children);
    }
  };
  visit(tree.roots);
  return out;
}

export interface DocumentTotal {
  /** The document's own top-level total, when it prints one. */
  stated: number | undefined;
  /** The sum of its top-level lines. */
  computed: LevelSum;
  /** What the page calls the total: the stated figure, else the computed one when complete. */
  shown: number | undefined;
}

/** A document's total for one direction: its own grand-total line beside what its lines add up to. */
export function documentTotal(tree: Tree<TreeLine>): DocumentTotal {
  const stated = tree.roots.find((n) => n.line.total && n.line.amount_som !== undefined)?.line.amount_som;
  const computed = levelSum(tree.roots);
  const shown = stated ?? (computed.missing === 0 ? computed.value : undefined);
  return { stated, computed, shown };
}
