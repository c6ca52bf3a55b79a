/**
 * Layers point one way: no two folders of src/ import each other, directly or round a loop,
 * and no module shares state through `globalThis`. On a failure the message names the folders
 * and one import of each edge inside the loop. Run alone: `npx vitest run tests/architecture`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/staff/generated.ts';
import { CODE, cycles, folderEdges, importsOf, type Edge } from './imports.ts';

function describeCycles(edges: readonly Edge[]): string[] {
  return cycles(edges).map((group) => {
    const inside = edges.filter((e) => group.includes(e.from) && group.includes(e.to));
    return `${group.join(' ⇄ ')}:\n${inside.map((e) => `  ${e.from} → ${e.to} (${e.example})`).join('\n')}`;
  });
}

describe('the import graph of src/', () => {
  it('has no cycle between folders', () => {
    expect(describeCycles(folderEdges('src'))).toEqual([]);
  });

  it('uses no globalThis', () => {
    const files = listFiles('src').filter((f) => CODE.test(f) && readFileSync(join('src', f), 'utf8').includes('globalThis'));
    expect(files).toEqual([]);
  });
});

describe('the cycle finder', () => {
  const edge = (from: string, to: string): Edge => ({ from, to, example: `${from} → ${to}` });

  it('finds a loop round three folders and ignores a one-way chain', () => {
    expect(cycles([edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('c', 'd')])).toEqual([['a', 'b', 'c']]);
    expect(cycles([edge('a', 'b'), edge('b', 'c')])).toEqual([]);
  });

  it('reads imports from an .astro front matter and its scripts, not from its markup', () => {
    const astro = "---\nimport A from '../a/A.astro';\nimport type { T } from '../b/t.ts';\n---\n<p>import x from '../c/x.ts'</p>\n<script>import '../d/d.ts';</script>";
    expect(importsOf('x.astro', astro)).toEqual(['../a/A.astro', '../b/t.ts', '../d/d.ts']);
  });

  it('reads re-exports and dynamic imports', () => {
    expect(importsOf('x.ts', "export { a } from './a.ts';\nconst b = await import('../b/b.ts');")).toEqual(['./a.ts', '../b/b.ts']);
  });
});
