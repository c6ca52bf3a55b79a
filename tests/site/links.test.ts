/** Every internal link, asset and download in dist/ resolves to a file, fragments to an id. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { brokenLinks } from '../helpers/html.ts';
import { DIST, htmlFiles, readPage } from '../helpers/site.ts';

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

it('no internal link, asset or download is broken', () => {
  expect(htmlFiles().length).toBeGreaterThan(0);
  expect(brokenLinks(DIST)).toEqual([]);
});

it('the link check reports a broken link, a missing fragment and a folder without its slash', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-links-'));
  temp.push(dir);
  cpSync(DIST, dir, { recursive: true });
  const file = htmlFiles(dir).find((f) => f.includes('/initiatives/'))!;
  const extra = '<a href="/ru/nowhere/">x</a><a href="#no-such-note">y</a><a href="/ru">z</a><img src="/_astro/missing.png" alt="">';
  writeFileSync(join(dir, file), readPage(file, dir).replace('</main>', `${extra}</main>`));
  const problems = brokenLinks(dir);
  expect(problems).toHaveLength(4);
  expect(problems.join('\n')).toContain('/ru/nowhere/: no such file');
  expect(problems.join('\n')).toContain('#no-such-note: no element with id «no-such-note»');
  expect(problems.join('\n')).toContain('/ru: a folder');
  expect(problems.join('\n')).toContain('/_astro/missing.png: no such file');
});
