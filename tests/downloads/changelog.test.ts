/**
 * A commit that changes one amount gives a change-log entry with the old and new value, the
 * totals before and after, a new Data Package version and an entry in the releases feed.
 * The publish step runs in a scratch git repository holding a copy of the fixture data (tests/fixtures/data).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { ChangeLog } from '../../src/downloads/changelog.ts';
import { tempDir } from '../helpers/build.ts';

const repo = tempDir('kg-changes-repo-');
const cli = resolve('src/cli/publish.ts');
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: repo, stdio: 'pipe', env: { ...process.env, GIT_COMMITTER_DATE: '', GIT_AUTHOR_DATE: '' } });
function publish(out: string) {
  execFileSync(process.execPath, [cli, '--out', join(repo, out), '--data', 'data', '--silent'], { cwd: repo, stdio: 'pipe' });
  return {
    log: JSON.parse(readFileSync(join(repo, out, 'data', 'changes.json'), 'utf8')) as ChangeLog,
    pkg: JSON.parse(readFileSync(join(repo, out, 'data', 'datapackage.json'), 'utf8')) as { version: string },
    feed: readFileSync(join(repo, out, 'data', 'releases.atom'), 'utf8'),
  };
}

it('a commit changing one amount gives old → new, totals before/after and a new version', () => {
  cpSync('tests/fixtures/data', join(repo, 'data'), { recursive: true });
  cpSync('package.json', join(repo, 'package.json'));
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'first release');
  const first = publish('out1');
  expect(first.log.since).toBeNull();

  const file = join(repo, 'data/municipalities/ak-chiy-kachybek-sovetskoe/hearings.csv');
  const text = readFileSync(file, 'utf8');
  const [header, row] = text.split('\n') as [string, string];
  const columns = header.split(',');
  const cells = row.split(',');
  const at = columns.indexOf('participants');
  const old = Number(cells[at]);
  cells[at] = String(old + 1);
  writeFileSync(file, text.replace(row, cells.join(',')));
  git('commit', '-qam', 'correct participants of one hearing');
  const second = publish('out2');

  expect(second.pkg.version).not.toBe(first.pkg.version);
  expect(second.log.since?.version).toBe(first.pkg.version);
  const change = second.log.changes.find((c) => c.dataset === 'hearings' && c.municipality === 'ak-chiy-kachybek-sovetskoe');
  expect(change?.changed).toEqual([{ key: cells[columns.indexOf('id')], cells: [{ column: 'participants', old, new: old + 1 }] }]);
  const total = change?.totals.find((t) => t.column === 'participants');
  expect(total!.after! - total!.before!).toBe(1);
  expect(second.log.changes).toHaveLength(1);
  expect(second.feed).toContain('correct participants of one hearing');
  expect(second.feed).toContain(second.pkg.version);
});
