/**
 * Two builds of the same data must give the same downloads: compares the files under
 * dist/data/ of two builds by SHA-256. "n/a" when neither build has dist/data/.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listFiles } from './pages.ts';

export interface Determinism {
  status: 'identical' | 'different' | 'n/a';
  files: number;
  /** Files that differ or exist in one build only (the first 20). */
  differing: string[];
}

function hashes(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [relative(dir, f.path), createHash('sha256').update(readFileSync(f.path)).digest('hex')]));
}

export function compareData(distA: string, distB: string): Determinism {
  const a = join(distA, 'data');
  const b = join(distB, 'data');
  if (!existsSync(a) && !existsSync(b)) return { status: 'n/a', files: 0, differing: [] };
  const ha = existsSync(a) ? hashes(a) : new Map<string, string>();
  const hb = existsSync(b) ? hashes(b) : new Map<string, string>();
  const names = [...new Set([...ha.keys(), ...hb.keys()])].sort();
  const differing = names.filter((n) => ha.get(n) !== hb.get(n));
  return { status: differing.length === 0 ? 'identical' : 'different', files: names.length, differing: differing.slice(0, 20) };
}
