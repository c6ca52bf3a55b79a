/**
 * Every initiative is a section of its contest's page (issue 17) and the contest's applications
 * table links to it, so an application that lost is never an orphan.
 */
import { expect, it } from 'vitest';
import { loadData } from '../../src/checks/load.ts';
import { LANGS } from '../../src/i18n/langs.ts';
import { readPage } from '../helpers/dist.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

const { municipalities } = loadData(FIXTURE_DATA);

/** Initiatives of a contest page's data that are not a section of it, or not linked from its applications table. */
export function orphanInitiatives(html: ReturnType<typeof readPage>, contest: string, ids: readonly string[]): string[] {
  const links = new Set(html.querySelectorAll(`table[id="applications-${contest}"] a`).map((a) => a.getAttribute('href') ?? ''));
  return ids.filter((id) => !html.querySelector(`section[id="${id}"]`) || ![...links].some((h) => h.endsWith(`/contests/${contest}/#${id}`)));
}

it('every initiative is a section of its contest page, linked from the applications table', () => {
  let checked = 0;
  for (const m of municipalities) {
    for (const c of m.tables.contests) {
      const ids = m.tables.initiatives.filter((i) => i.contest === c.id).map((i) => i.id);
      for (const lang of LANGS) {
        expect(orphanInitiatives(readPage(`/${lang}/${m.profile.id}/contests/${c.id}/`), c.id, ids)).toEqual([]);
        checked += ids.length;
      }
    }
  }
  expect(checked).toBeGreaterThan(0);
});

it('the check finds an initiative its contest page does not hold or link', async () => {
  const { parse } = await import('node-html-parser');
  const page = parse('<table id="applications-c"><tr><td><a href="/ru/a/contests/c/#won">x</a></td></tr></table><section id="won"></section><section id="unlinked"></section>');
  expect(orphanInitiatives(page, 'c', ['won', 'lost', 'unlinked'])).toEqual(['lost', 'unlinked']);
});
