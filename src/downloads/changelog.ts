/**
 * The change log of a release: `changes.json` (every row added, removed and changed, per
 * dataset and municipality, with old → new values and totals before/after, against the last
 * published release) and `releases.atom` (an Atom feed of the data releases: the commits that
 * changed the data folder, the current one first with its summary).
 */
import { readFileSync } from 'node:fs';
import { loadData } from '../checks/load.ts';
import { hasErrors, type LoadedData } from '../datasets/load.ts';
import { dataChanges, type TableChanges } from '../figures/changes.ts';
import { dataCommits, previousData } from './previous.ts';
import { dataHash, dataVersion, type Release } from './release.ts';

export interface ChangeLog {
  release: { version: string; updated: string };
  /** The release compared with; null for the first release. */
  since: { version: string; ref: string; date: string | null } | null;
  changes: TableChanges[];
}

export function changeLog(data: LoadedData, dataDir: string, release: Release): ChangeLog {
  const prev = previousData(dataDir);
  if (!prev) return { release: { version: release.version, updated: release.updated }, since: null, changes: [] };
  try {
    const old = loadData(prev.dir);
    if (hasErrors(old.problems)) throw new Error(`the previous release's data (${prev.ref}) does not load: it cannot be compared`);
    const { version: pkg } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const n = Number(release.version.split('+')[0]!.split('.')[2]);
    const version = dataVersion(pkg, Number.isInteger(n) && n > 0 ? n - 1 : undefined, dataHash(prev.dir));
    return {
      release: { version: release.version, updated: release.updated },
      since: { version, ref: prev.ref, date: prev.date ?? null },
      changes: dataChanges(old.municipalities, data.municipalities),
    };
  } finally {
    prev.cleanup();
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function summary(log: ChangeLog): string {
  if (!log.since) return 'First release.';
  if (log.changes.length === 0) return `No change since ${log.since.version}.`;
  const n = (k: 'added' | 'removed' | 'changed') => log.changes.reduce((s, c) => s + c[k].length, 0);
  return `Since ${log.since.version}: ${n('added')} rows added, ${n('removed')} removed, ${n('changed')} changed in ${log.changes.length} tables (${[...new Set(log.changes.map((c) => c.dataset))].join(', ')}).`;
}

/** The Atom feed; `site` is the absolute URL of /data/ when known (links are relative to it otherwise). */
export function releasesAtom(log: ChangeLog, dataDir: string, site: URL | undefined): string {
  const link = (path: string) => (site ? new URL(path, site).href : path);
  const commits = dataCommits(dataDir);
  const entries: string[] = [];
  const current = commits[0] && commits[0].date === log.release.updated ? commits[0] : undefined;
  entries.push(entry(`urn:kg-open-budget:data:${log.release.version}`, `Data release ${log.release.version}${current ? `: ${current.subject}` : ''}`, log.release.updated, summary(log), link('changes.json')));
  for (const c of commits.slice(current ? 1 : 0)) entries.push(entry(`urn:kg-open-budget:data:${c.commit}`, `Data release of ${c.date.slice(0, 10)}: ${c.subject}`, c.date, `Commit ${c.commit}.`, undefined));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '  <title>Open budgets of rural municipalities: data releases</title>',
    '  <id>urn:kg-open-budget:data-releases</id>',
    `  <updated>${esc(log.release.updated)}</updated>`,
    `  <link rel="self" href="${esc(link('releases.atom'))}"/>`,
    '  <author><name>Open budgets of rural municipalities</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

function entry(id: string, title: string, updated: string, text: string, href: string | undefined): string {
  return [
    '  <entry>',
    `    <id>${esc(id)}</id>`,
    `    <title>${esc(title)}</title>`,
    `    <updated>${esc(updated)}</updated>`,
    ...(href ? [`    <link href="${esc(href)}"/>`] : []),
    `    <summary>${esc(text)}</summary>`,
    '  </entry>',
  ].join('\n');
}
