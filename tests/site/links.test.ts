/** Every internal link, asset and download in dist/ resolves to a file, fragments to an id. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { brokenLinks } from '../helpers/html.ts';
import { DIST, htmlFiles, readPage } from '../helpers/site.ts';

/**
 * Pages that another branch adds (the open-data page the footer links to). Links to them are
 * tolerated only while they are missing: once the page exists, the last test asks to empty this.
 */
const PENDING: string[] = [];
const isPending = (problem: string) => PENDING.some((p) => problem.includes(`→ ${p}: no such file`));

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

it('no internal link, asset or download is broken', () => {
  expect(htmlFiles().length).toBeGreaterThan(0);
  expect(brokenLinks(DIST).filter((p) => !isPending(p))).toEqual([]);
});

it('the link check reports a broken link, a missing fragment and a folder without its slash', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-links-'));
  temp.push(dir);
  cpSync(DIST, dir, { recursive: true });
  const file = htmlFiles(dir).find((f) => f.includes('/initiatives/'))!;
  const extra = '<a href="/ru/nowhere/">x</a><a href="#no-such-note">y</a><a href="/ru">z</a><img src="/_astro/missing.png" alt="">';
  writeFileSync(join(dir, file), readPage(file, dir).replace('</main>', `${extra}</main>`));
  const problems = brokenLinks(dir).filter((p) => !isPending(p));
  expect(problems).toHaveLength(4);
  expect(problems.join('\n')).toContain('/ru/nowhere/: no such file');
  expect(problems.join('\n')).toContain('#no-such-note: no element with id «no-such-note»');
  expect(problems.join('\n')).toContain('/ru: a folder');
  expect(problems.join('\n')).toContain('/_astro/missing.png: no such file');
});

it('pending pages are still missing (once a page exists, remove it from PENDING)', () => {
  const existing = PENDING.filter((p) => htmlFiles().includes(`${p.slice(1)}index.html`));
  expect(existing).toEqual([]);
});
