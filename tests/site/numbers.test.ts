/** The numbers in the built tables equal the data, formatted per language; unknown shows "no data". */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/checks/load.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import { t } from '../../src/i18n/index.ts';
import { LANGS } from '../../src/i18n/langs.ts';
import { recordHref } from '../../src/site/routing/records.ts';
import { readPage, tableRows } from '../helpers/dist.ts';
import { DIST, FIXTURE_DATA } from '../helpers/fixture.ts';

const { municipalities } = loadData(FIXTURE_DATA);
const seed002 = municipalities.find((m) => m.profile.id === 'ak-chiy-kachybek-sovetskoe')!;

describe.each(LANGS)('numbers in %s', (lang) => {
  it('hearings table rows equal hearings.csv, cell by cell', () => {
    const page = readPage(`/${lang}/${seed002.profile.id}/hearings/`);
    const rows = tableRows(page, 'hearings-table');
    const hearings = [...seed002.tables.hearings].sort((a, b) => a.date.localeCompare(b.date));
    expect(rows).toHaveLength(hearings.length);
    rows.forEach((row, i) => {
      const h = hearings[i]!;
      const [, participants, women, deputies] = row.cells;
      expect([participants!.value, women!.value, deputies!.value]).toEqual([h.participants, h.women, h.deputies].map((v) => (v === undefined ? null : String(v))));
      expect(participants!.text).toBe(formatNumber(lang, h.participants!));
      if (h.deputies === undefined) expect(deputies!.text).toBe(t(lang, 'common.noData'));
    });
  });

  it('shows the stated 449/170/11 beside the computed 649/254/27, with the mismatch note', () => {
    const page = readPage(`/${lang}/${seed002.profile.id}/hearings/`);
    const totals = tableRows(page, 'hearings-totals').map((r) => r.cells.slice(1, 3).map((c) => c.text.replace(/\s/g, '')));
    expect(totals).toEqual(expect.arrayContaining([['449', '649'], ['170', '254'], ['11', '27'], ['414', '414'], ['649', '649']]));
    expect(page.querySelector('p.notice')?.text).toBe(t(lang, 'common.mismatch'));
  });

  it('funding tables of every project and initiative equal funding.csv', () => {
    for (const m of municipalities) {
      for (const type of ['project', 'initiative'] as const) {
        const owners = [...new Set(m.tables.funding.filter((f) => f.owner_type === type).map((f) => f.owner))];
        for (const owner of owners) {
          // The record's section on the page recordHref names (issue 17).
          const rows = tableRows(readPage(recordHref(lang, m, type, owner).split('#')[0]!), `funding-${owner}`);
          const expected = m.tables.funding.filter((f) => f.owner === owner).sort((a, b) => a.position - b.position);
          expect(rows.map((r) => r.cells[1]!.value)).toEqual(expected.map((f) => (f.amount_som === undefined ? null : String(f.amount_som))));
        }
      }
    }
  });

  it('budget tables equal budget.csv', () => {
    const page = readPage(`/${lang}/${seed002.profile.id}/budget/2014/`);
    const rows = tableRows(page, 'budget-2014-expenditure');
    const lines = seed002.tables.budget.filter((b) => b.year === 2014 && b.direction === 'expenditure');
    // Each amount as the document printed it: the same digits, in the unit the column's header names.
    const digits = (text: string) => text.replace(/\D/g, '');
    expect(rows.flatMap((r) => r.cells.map((c) => digits(c.text)))).toEqual(lines.map((l) => digits(l.amount!)));
    const header = page.querySelectorAll('table#budget-2014-expenditure thead th').map((th) => th.text);
    expect(header[1]).toContain(lines[0]!.unit === 'thousand' ? t(lang, 'budgetDoc.thousand') : t(lang, 'budgetDoc.som'));
  });

  it('an unknown profile figure is left out of the overview, never shown as 0 or as a "no data" card', () => {
    const page = readPage(`/${lang}/orozbekov/`);
    const dd = page.querySelectorAll('dl.facts dd').map((d) => d.text.trim());
    const labels = page.querySelectorAll('dl.facts dt').map((d) => d.text.trim());
    expect(dd).not.toContain(t(lang, 'common.noData'));
    expect(dd).not.toContain('0');
    // orozbekov's profile does not state its population: no such fact is listed.
    expect(labels).not.toContain(t(lang, 'muni.population'));
  });
});

describe('privacy', () => {
  it('applicants named in the source without recorded consent appear nowhere in the built site', () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    const withName = files(DIST).filter((f) => /Кожонова|Кулназарова/.test(readFileSync(f, 'utf8')));
    expect(withName).toEqual([]);
  });
});
