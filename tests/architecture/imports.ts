/**
 * The import graph of src/ between its top-level folders, read from the source text with
 * TypeScript's own pre-processor (static imports, re-exports, dynamic import()s); for .astro
 * files, the front matter and the <script> elements.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { listFiles } from '../../src/staff/generated.ts';

export const CODE = /\.(ts|mts|mjs|js|astro)$/;

/** The parts of a file that can import: all of a script, the front matter and scripts of a component. */
export function codeOf(path: string, text: string): string {
  if (!path.endsWith('.astro')) return text;
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [front, ...scripts].join('\n');
}

export const importsOf = (path: string, text: string): string[] =>
  ts.preProcessFile(codeOf(path, text), true, true).importedFiles.map((f) => f.fileName);

/** The folder of src/ a file belongs to ("datasets" for src/datasets/tables/budget.ts); a file directly in src/ is its own node. */
export const nodeOf = (fromSrc: string): string => fromSrc.split('/')[0]!;

export interface Edge {
  from: string;
  to: string;
  /** One import that makes the edge: "src/a/x.ts → src/b/y.ts". */
  example: string;
}

/** Every edge between two different folders of `srcDir`, with one import that makes it. */
export function folderEdges(srcDir: string): Edge[] {
  const edges = new Map<string, Edge>();
  for (const file of listFiles(srcDir).filter((f) => CODE.test(f))) {
    const path = join(srcDir, file);
    for (const spec of importsOf(file, readFileSync(path, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(path), spec);
      const fromSrc = relative(resolve(srcDir), target).split('\\').join('/');
      if (fromSrc.startsWith('..') || !existsSync(target)) continue;
      const from = nodeOf(file);
      const to = nodeOf(fromSrc);
      if (from !== to && !edges.has(`${from}→${to}`)) edges.set(`${from}→${to}`, { from, to, example: `src/${file} → src/${fromSrc}` });
    }
  }
  return [...edges.values()];
}

/** Groups of folders that import each other, directly or round a loop (Tarjan's strongly connected components). */
export function cycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (n: string) => {
    index.set(n, index.size);
    low.set(n, index.get(n)!);
    stack.push(n);
    for (const m of next.get(n) ?? []) {
      if (!index.has(m)) {
        visit(m);
        low.set(n, Math.min(low.get(n)!, low.get(m)!));
      } else if (stack.includes(m)) low.set(n, Math.min(low.get(n)!, index.get(m)!));
    }
    if (low.get(n) === index.get(n)) {
      const group: string[] = [];
      let m: string;
      do group.push((m = stack.pop()!));
      while (m !== n);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const n of nodes) if (!index.has(n)) visit(n);
  return groups;
}
