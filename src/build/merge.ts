/**
 * Moves a shard's output into the site folder. Shards write disjoint pages; files both wrote
 * (the root page, content-hashed scripts) must be byte-identical, or the shards disagree.
 */
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function mergeInto(from: string, to: string): { moved: number; same: number } {
  const counts = { moved: 0, same: 0 };
  walk(from, to, counts);
  rmSync(from, { recursive: true, force: true });
  return counts;
}

function walk(from: string, to: string, counts: { moved: number; same: number }): void {
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    if (!existsSync(target)) {
      move(source, target);
      counts.moved++;
    } else if (statSync(source).isDirectory() && statSync(target).isDirectory()) {
      walk(source, target, counts);
    } else if (readFileSync(source).equals(readFileSync(target))) {
      counts.same++;
    } else {
      throw new Error(`shards wrote different ${target}: a page must not depend on which shard builds it`);
    }
  }
}

/** A whole folder at once; copied only when the shard's folder is on another disk. */
export function move(source: string, target: string): void {
  try {
    renameSync(source, target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    cpSync(source, target, { recursive: true });
  }
}
