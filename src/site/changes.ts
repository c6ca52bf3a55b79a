/**
 * The change log as pages show it: the release compared with, and per dataset and municipality
 * the rows added, removed and changed with old → new values. Read from the changes.json the
 * publish step writes before the downloads (src/downloads/publish.ts); a page lists at most MAX_CELLS changed cells (all of them are in the file).
 */
import { readFileSync } from 'node:fs';
import type { ChangeLog } from '../downloads/changelog.ts';
import { changesPath, publishDir } from '../downloads/manifest.ts';
import { cellChange, type Cell, type CellChange } from '../figures/changes.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';
import type { Lang } from '../i18n/index.ts';

export const MAX_CELLS = 200;
let cached: ChangeLog | undefined;

export function getChangeLog(dir: string = publishDir()): ChangeLog {
  cached ??= JSON.parse(readFileSync(changesPath(dir), 'utf8')) as ChangeLog;
  return cached;
}

export function cellText(lang: Lang, v: Cell): string {
  if (v === null) return '—';
  if (typeof v === 'number') return formatNumber(lang, v);
  if (Array.isArray(v)) return v.join(' | ');
  return String(v);
}

/** "corrected on <date>, was <old>" for one figure, when this release changed it. */
export function correction(lang: Lang, dataset: string, municipality: string, key: string, column: string): { date: string; old: string } | undefined {
  const log = getChangeLog();
  const c: CellChange | undefined = log.since ? cellChange(log.changes, dataset, municipality, key, column) : undefined;
  return c && { date: formatDate(lang, log.release.updated.slice(0, 10)), old: cellText(lang, c.old) };
}
