/**
 * Records as sections (issue 17) in the site built from the fixture: every record's address
 * (recordHref) names a page that exists and an element with the record's id on it; the moved list
 * of each municipality maps every old record path to such a page and anchor; the old pages are gone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/checks/load.ts';
import { budgetYears } from '../../src/figures/municipality.ts';
import { isPageId, NOTE_ID } from '../../src/datasets/ids.ts';
import { LANGS } from '../../src/i18n/langs.ts';
import { groupPages, yearIsInline } from '../../src/site/components/budget-year/budget-year.ts';
import type { MovedList } from '../../src/site/routing/moved.ts';
import { recordHref, type RecordKind } from '../../src/site/routing/records.ts';
import { DIST, pageExists, readPage } from '../helpers/dist.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

const { municipalities, sources } = loadData(FIXTURE_DATA);

/** Whether `address` ("/ru/m/hearings/2013/#obs-1") is a built page with an element of the anchor's id. */
function resolves(address: string): boolean {
  const [path, anchor] = address.split('#') as [string, string | undefined];
  if (!pageExists(path)) return false;
  return !anchor || readPage(path).querySelector(`[id="${decodeURIComponent(anchor)}"]`) !== null;
}

const records = municipalities.flatMap((m) => [
  ...m.tables.hearings.map((r) => [m, 'hearing', r.id] as const),
  ...m.tables.initiatives.map((r) => [m, 'initiative', r.id] as const),
  ...m.tables.projects.map((r) => [m, 'project', r.id] as const),
  ...m.tables.contests.map((r) => [m, 'contest', r.id] as const),
]);

describe('every record is addressable', () => {
  it('the fixture has records of every kind', () => {
    expect(new Set(records.map(([, k]) => k))).toEqual(new Set<RecordKind>(['hearing', 'initiative', 'project', 'contest']));
  });

  it.each(records.flatMap(([m, kind, id]) => LANGS.map((lang) => [recordHref(lang, m, kind, id), kind] as const)))('%s (%s) is a page with that element id', (address) => {
    expect(resolves(address)).toBe(true);
  });

  it('a record the data does not have has no address (loudly)', () => {
    expect(() => recordHref('ru', municipalities[0]!, 'hearing', 'no-such-hearing')).toThrow(/no-such-hearing/);
  });

  it('the check fails for a missing anchor', () => {
    const [m, kind, id] = records.find(([, k]) => k === 'hearing')!;
    expect(resolves(`${recordHref('ru', m, kind, id).split('#')[0]}#not-there`)).toBe(false);
  });

  it('no page of its own is left for a hearing, initiative or project', () => {
    for (const m of municipalities) {
      for (const lang of LANGS) {
        const base = `/${lang}/${m.profile.id}/`;
        for (const h of m.tables.hearings) expect(pageExists(`${base}hearings/${h.id}/`)).toBe(false);
        for (const i of m.tables.initiatives) expect(pageExists(`${base}initiatives/${i.id}/`)).toBe(false);
        for (const p of m.tables.projects) expect(pageExists(`${base}projects/${p.id}/`)).toBe(false);
      }
    }
  });
});

describe('moved addresses', () => {
  const lists = municipalities.map((m) => [m, JSON.parse(readFileSync(join(DIST, 'moved', `${m.profile.id}.json`), 'utf8')) as MovedList] as const);

  it('each municipality has its small list', () => {
    for (const [m, list] of lists) {
      expect(list.municipality).toBe(m.profile.id);
      expect(Object.keys(list.name).sort()).toEqual([...LANGS].sort());
      expect(readFileSync(join(DIST, 'moved', `${m.profile.id}.json`)).length).toBeLessThan(50_000);
    }
  });

  it('lists every old record path and every group page of a year that now shows its groups inline', () => {
    for (const [m, list] of lists) {
      const old = [
        ...m.tables.hearings.map((h) => `hearings/${h.id}/`),
        ...m.tables.initiatives.map((i) => `initiatives/${i.id}/`),
        ...m.tables.projects.map((p) => `projects/${p.id}/`),
        ...budgetYears(m).filter((y) => yearIsInline(m, y, sources)).flatMap((y) => groupPages(m, y, sources).map((g) => `budget/${y}/${encodeURIComponent(g.slug)}/${g.page > 1 ? `${g.page}/` : ''}`)),
      ];
      expect(old.filter((p) => !(p in list.moved))).toEqual([]);
      expect(Object.keys(list.moved).sort()).toEqual([...new Set(old)].sort());
    }
    expect(lists.reduce((n, [, l]) => n + Object.keys(l.moved).length, 0)).toBeGreaterThan(0);
  });

  it('maps each old path, in every language, to an existing page and anchor, and the old page is gone', () => {
    for (const [m, list] of lists) {
      for (const [from, to] of Object.entries(list.moved)) {
        for (const lang of LANGS) {
          const base = `/${lang}/${m.profile.id}/`;
          expect(resolves(`${base}${to}`), `${base}${from} → ${base}${to}`).toBe(true);
          expect(existsSync(join(DIST, lang, m.profile.id, decodeURIComponent(from), 'index.html')), `${base}${from} still built`).toBe(false);
        }
      }
    }
  });
});
// Budget groups shown inline (the fixture's budgets have no "of which" lines): tests/site/budget-weight.test.ts.

describe('ids of grouped pages', () => {
  it('every id a grouped page holds is made from a record id, or is one the data check keeps records from using (PAGE_IDS, notes fn-N)', () => {
    const own = new Set<string>();
    for (const m of municipalities) {
      const ids = [...m.tables.hearings, ...m.tables.initiatives, ...m.tables.projects, ...m.tables.contests].map((r) => r.id);
      const pages = new Set(records.filter(([x, kind]) => x === m && kind !== 'contest').map(([, kind, id]) => recordHref('ru', m, kind, id).split('#')[0]!));
      for (const path of pages) {
        for (const el of readPage(path).querySelectorAll('main [id], body > [id], header [id]')) {
          const id = el.getAttribute('id')!;
          if (!ids.some((r) => id.includes(r))) own.add(id);
        }
      }
    }
    expect(own.size).toBeGreaterThan(0);
    expect([...own].some((id) => NOTE_ID.test(id))).toBe(true);
    expect([...own].filter((id) => !isPageId(id))).toEqual([]);
  });
});
