/**
 * Each municipality's data date: when its data last changed, which its pages print (the national
 * pages print the release's). It is the newest commit date touching `municipalities/<id>/` or a
 * shared file its pages read (sources.json, documents/), so a commit to one municipality changes
 * only that municipality's pages (and the national ones), and two builds of one commit agree.
 * Where git cannot tell (outside git, or the folder or a shared file has uncommitted changes)
 * the release's date stands in (src/downloads/release.ts: SOURCE_DATE_EPOCH, then the build time).
 */
import { join } from 'node:path';
import { git as run } from './git.ts';
import type { Release } from './release.ts';

/** What the publish step writes beside release.json (src/downloads/publish.ts): id → RFC 3339 date-time. */
export const datesPath = (dir: string) => join(dir, 'dates.json');

/** The files every municipality's pages read besides its own folder (paths in the data folder). */
export const SHARED_INPUTS = ['sources.json', 'documents'] as const;

const git = (dataDir: string, args: string[]) => run(args, dataDir);

/** The municipality id a data-folder path belongs to, 'shared' for a shared input, undefined otherwise. */
function owner(path: string): string | undefined {
  const m = /^municipalities\/([^/]+)\//.exec(path);
  if (m) return m[1];
  return SHARED_INPUTS.some((s) => path === s || path.startsWith(`${s}/`)) ? 'shared' : undefined;
}

const newer = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined ? a : Date.parse(a) >= Date.parse(b) ? a : b);

/** id → its data date, for every id in `ids`; one `git log` over the data folder's history. */
export function municipalityDates(dataDir: string, ids: readonly string[], release: Release): Record<string, string> {
  const fallback = () => Object.fromEntries(ids.map((id) => [id, release.updated]));
  let log: string;
  let dirty: string;
  try {
    // Paths relative to the data folder; a merge lists what it changed against its first parent
    // (as `git log -1 -- <folder>` in release.ts counts it). A folder outside any repository throws.
    log = git(dataDir, ['log', '--relative', '--name-only', '--diff-merges=first-parent', '--format=%x00%cI', '--', '.']);
    // Changed (staged or not) and new files, relative to the data folder.
    dirty = git(dataDir, ['diff', '--name-only', '--relative', 'HEAD', '--', '.']) + git(dataDir, ['ls-files', '--others', '--exclude-standard', '--', '.']);
  } catch {
    return fallback();
  }
  const latest = new Map<string, string>();
  for (const block of log.split('\0').filter(Boolean)) {
    const [date, ...paths] = block.split('\n').filter(Boolean);
    if (!date) continue;
    for (const p of paths) {
      const o = owner(p);
      if (o !== undefined) latest.set(o, newer(latest.get(o), date)!);
    }
  }
  const unsure = new Set(dirty.split('\n').filter(Boolean).map((p) => owner(p.replace(/^"|"$/g, ''))));
  return Object.fromEntries(
    ids.map((id) => {
      if (unsure.has(id) || unsure.has('shared')) return [id, release.updated];
      const date = newer(latest.get(id), latest.get('shared'));
      return [id, date ?? release.updated];
    }),
  );
}
