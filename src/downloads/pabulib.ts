/**
 * Participatory-budgeting contests in pabulib's `.pb` format (sections META, PROJECTS, VOTES;
 * ";"-separated), which researchers' tools read. A local-initiative contest is chosen by a
 * commission, not by residents' votes: VOTES is present and empty (num_votes 0), `selected`
 * marks the winners, and a cost the source does not give is left empty, never 0.
 * `readPb` reads a file back (tests check the export round-trips).
 */
import type { MunicipalityData } from '../datasets/load.ts';

type Row = Record<string, string>;
export interface PbFile {
  meta: Row;
  projects: Row[];
  votes: Row[];
}

const PROJECT_COLUMNS = ['project_id', 'cost', 'name', 'selected'] as const;

/** A cell without the separator or line breaks (pabulib files are not quoted). */
const cell = (v: string | number | undefined) => (v === undefined ? '' : String(v).replace(/[;\r\n]+/g, ' ').trim());

export function contestPb(m: MunicipalityData, contestId: string, release: { updated: string }): string {
  const contest = m.tables.contests.find((c) => c.id === contestId);
  if (!contest) throw new Error(`no contest ${contestId} in ${m.profile.id}`);
  const initiatives = m.tables.initiatives.filter((i) => i.contest === contestId);
  const meta: Array<[string, string | number | undefined]> = [
    ['description', contest.title_ru ?? `Local initiative contest ${contest.id}`],
    ['country', 'Kyrgyzstan'],
    ['unit', m.profile.name.ru ?? m.profile.id],
    ['subunit', m.profile.id],
    ['instance', contest.year ?? ''],
    ['num_projects', initiatives.length],
    ['num_votes', 0],
    ['budget', contest.allocation_som],
    ['vote_type', 'approval'],
    ['rule', 'commission'],
    ['date_begin', contest.regulation_date],
    ['language', 'ru'],
    ['currency', 'KGS'],
    ['comment', `Winners chosen by the contest commission, no residents\u2019 votes are published. Exported from the open budget site, data of ${release.updated.slice(0, 10)}`],
  ];
  const lines = ['META', 'key;value', ...meta.map(([k, v]) => `${k};${cell(v)}`), 'PROJECTS', PROJECT_COLUMNS.join(';')];
  for (const i of initiatives) lines.push([i.id, cell(i.total_som), cell(i.title_ru), i.winner ? '1' : '0'].join(';'));
  lines.push('VOTES', 'voter_id;vote');
  return lines.join('\n') + '\n';
}

/** Every contest of every municipality: path under /data/ → its file. */
export function pbFiles(municipalities: readonly MunicipalityData[]): Array<[string, MunicipalityData, string]> {
  return municipalities.flatMap((m) => m.tables.contests.map((c) => [`pb/${m.profile.id}/${c.id}.pb`, m, c.id] as [string, MunicipalityData, string]));
}

/** Reads a `.pb` file: META as key → value, PROJECTS and VOTES as rows by their header. */
export function readPb(text: string): PbFile {
  const out: PbFile = { meta: {}, projects: [], votes: [] };
  let section: 'META' | 'PROJECTS' | 'VOTES' | undefined;
  let header: string[] | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line === '') continue;
    if (line === 'META' || line === 'PROJECTS' || line === 'VOTES') {
      section = line;
      header = undefined;
      continue;
    }
    const cells = line.split(';');
    if (!section) throw new Error(`a .pb file starts with META (got «${line}»)`);
    if (!header) {
      header = cells;
      continue;
    }
    if (cells.length !== header.length) throw new Error(`${section}: ${header.length} cells expected, got ${cells.length} in «${line}»`);
    if (section === 'META') out.meta[cells[0]!] = cells[1]!;
    else out[section === 'PROJECTS' ? 'projects' : 'votes'].push(Object.fromEntries(header.map((h, k) => [h, cells[k]!])));
  }
  return out;
}
