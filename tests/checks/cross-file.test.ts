/**
 * Every cross-file rule on a fixture: a copy of data/ with one thing changed. Each case checks
 * the exact problems that change adds (code, severity, file, row, column), through loadData and
 * through the validator CLI, whose exit status must follow the severity.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/cross-file.ts';
import { loadData } from '../../src/checks/load.ts';
import type { Problem } from '../../src/datasets/problems.ts';
import { copyData, editJson, runValidate, setCell, type ReportRow } from '../datasets/data-fixture.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

const TODAY = '2026-11-23';
const AK = 'municipalities/ak-chiy-kachybek-sovetskoe';
const OR = 'municipalities/orozbekov';

interface Expected {
  code: string;
  severity: 'error' | 'warning';
  file: string;
  row?: number;
  column: string;
}

const key = (p: { code: string; file: string; row?: number | undefined; column?: string | undefined }) => `${p.code}|${p.file}|${p.row ?? '—'}|${p.column ?? '—'}`;
const sorted = (xs: Expected[]) => [...xs].sort((a, b) => key(a).localeCompare(key(b)));
const pick = (p: Problem | ReportRow): Expected => ({
  code: p.code,
  severity: p.severity as Expected['severity'],
  file: p.file,
  ...(p.row !== undefined && { row: p.row }),
  column: p.column ?? '—',
});

const baseline = loadData(FIXTURE_DATA, { today: TODAY }).problems;
const baselineKeys = new Set(baseline.map(key));
const cliBaseline = runValidate(FIXTURE_DATA);
const cliBaselineKeys = new Set(cliBaseline.rows.map(key));

function added(dir: string): Expected[] {
  return sorted(loadData(dir, { today: TODAY }).problems.filter((p) => !baselineKeys.has(key(p))).map(pick));
}

interface Case {
  rule: string;
  change: (dir: string) => void;
  expect: Expected[];
}

const cases: Case[] = [
  {
    rule: 'a row refers to a record that does not exist (initiative → contest)',
    change: (d) => setCell(d, `${OR}/initiatives.csv`, 2, 'contest', 'mi-9'),
    expect: [{ code: 'unknown-reference', severity: 'error', file: `${OR}/initiatives.csv`, row: 2, column: 'contest' }],
  },
  {
    rule: 'a row names a source document missing from sources.json',
    change: (d) => setCell(d, `${AK}/budget.csv`, 2, 'source_doc', 'seed-999'),
    expect: [{ code: 'unknown-reference', severity: 'error', file: `${AK}/budget.csv`, row: 2, column: 'source_doc' }],
  },
  {
    rule: 'funding names an owner that does not exist',
    change: (d) => setCell(d, `${OR}/funding.csv`, 4, 'owner', 'papa-mama'),
    expect: [{ code: 'unknown-reference', severity: 'error', file: `${OR}/funding.csv`, row: 4, column: 'owner' }],
  },
  {
    rule: 'the profile names a source document missing from sources.json',
    change: (d) => editJson(d, `${AK}/municipality.json`, (m) => (m.profile_source.doc = 'seed-999')),
    expect: [{ code: 'unknown-reference', severity: 'error', file: `${AK}/municipality.json`, column: 'profile_source.doc' }],
  },
  {
    rule: 'an applicant is named without consent',
    change: (d) => setCell(d, `${OR}/initiatives.csv`, 2, 'applicant_name', 'Иванова А.'),
    expect: [{ code: 'name-without-consent', severity: 'error', file: `${OR}/initiatives.csv`, row: 2, column: 'applicant_name' }],
  },
  {
    rule: 'a winner is marked not selected',
    change: (d) => setCell(d, `${OR}/initiatives.csv`, 2, 'status', 'not_selected'),
    expect: [{ code: 'status-winner-disagree', severity: 'error', file: `${OR}/initiatives.csv`, row: 2, column: 'status' }],
  },
  {
    rule: 'an application that is not a winner is marked won',
    change: (d) => {
      setCell(d, `${OR}/initiatives.csv`, 3, 'winner', 'нет');
      setCell(d, `${OR}/initiatives.csv`, 3, 'status', 'won');
    },
    expect: [{ code: 'status-winner-disagree', severity: 'error', file: `${OR}/initiatives.csv`, row: 3, column: 'status' }],
  },
  {
    rule: 'a winner is marked unknown (a warning: the status hides a known win)',
    change: (d) => setCell(d, `${OR}/initiatives.csv`, 2, 'status', 'unknown'),
    expect: [{ code: 'status-winner-disagree', severity: 'warning', file: `${OR}/initiatives.csv`, row: 2, column: 'status' }],
  },
  {
    rule: 'a winner marked won agrees',
    change: (d) => setCell(d, `${OR}/initiatives.csv`, 2, 'status', 'won'),
    expect: [],
  },
  {
    rule: 'the amount as written disagrees with the amount',
    change: (d) => setCell(d, `${AK}/funding.csv`, 2, 'amount_as_written', '170 000 сом'),
    expect: [{ code: 'amount-as-written-differs', severity: 'error', file: `${AK}/funding.csv`, row: 2, column: 'amount_som' }],
  },
  {
    rule: 'a part is larger than its whole within a row',
    change: (d) => setCell(d, `${AK}/monitoring_groups.csv`, 2, 'women', '8'),
    expect: [{ code: 'part-exceeds-whole', severity: 'warning', file: `${AK}/monitoring_groups.csv`, row: 2, column: 'women' }],
  },
  {
    rule: 'the profile has more households than people',
    change: (d) => editJson(d, `${AK}/municipality.json`, (m) => (m.households = 4000)),
    expect: [{ code: 'part-exceeds-whole', severity: 'error', file: `${AK}/municipality.json`, column: 'households' }],
  },
  {
    rule: 'a stated total differs from the sum of its rows',
    change: (d) => setCell(d, `${AK}/stated_totals.csv`, 2, 'stated', '415'),
    expect: [{ code: 'total-mismatch', severity: 'warning', file: `${AK}/stated_totals.csv`, row: 2, column: 'stated' }],
  },
  {
    rule: 'funding rows do not add up to the project’s stated total',
    change: (d) => {
      setCell(d, `${AK}/projects.csv`, 4, 'total_som', '410000');
      setCell(d, `${AK}/projects.csv`, 4, 'total_as_written', '410 000 сомов');
    },
    expect: [{ code: 'total-mismatch', severity: 'warning', file: `${AK}/projects.csv`, row: 4, column: 'total_som' }],
  },
  {
    rule: 'winners’ local-budget parts exceed the contest’s allocation',
    change: (d) => {
      setCell(d, `${OR}/contests.csv`, 2, 'allocation_som', '20000');
      setCell(d, `${OR}/contests.csv`, 2, 'allocation_as_written', '20,0 тыс. сом');
    },
    expect: [{ code: 'part-exceeds-whole', severity: 'warning', file: `${OR}/contests.csv`, row: 2, column: 'allocation_som' }],
  },
  {
    rule: 'a count of people is above the population (row without a note)',
    change: (d) => setCell(d, `${AK}/initiative_groups.csv`, 2, 'members', '4000'),
    expect: [{ code: 'above-population', severity: 'warning', file: `${AK}/initiative_groups.csv`, row: 2, column: 'members' }],
  },
  {
    rule: 'age groups add up to more than the participants',
    change: (d) => {
      setCell(d, `${AK}/events.csv`, 8, 'age_18_35', '200');
      setCell(d, `${AK}/events.csv`, 8, 'age_36_55', '200');
      setCell(d, `${AK}/events.csv`, 8, 'age_55_plus', '100');
    },
    expect: [{ code: 'parts-sum-exceeds-whole', severity: 'warning', file: `${AK}/events.csv`, row: 8, column: 'participants' }],
  },
  {
    rule: 'boys and girls add up to more than the children and the participants',
    change: (d) => setCell(d, `${OR}/initiatives.csv`, 3, 'boys', '200'),
    expect: [
      { code: 'parts-sum-exceeds-whole', severity: 'warning', file: `${OR}/initiatives.csv`, row: 3, column: 'children' },
      { code: 'parts-sum-exceeds-whole', severity: 'warning', file: `${OR}/initiatives.csv`, row: 3, column: 'participants_total' },
    ],
  },
  {
    rule: 'a hearing outcome is dated away from its hearing',
    change: (d) => setCell(d, `${AK}/hearing_outcomes.csv`, 2, 'hearing', 'obs-2013-01-26'),
    expect: [{ code: 'date-outside-period', severity: 'warning', file: `${AK}/hearing_outcomes.csv`, row: 2, column: 'date' }],
  },
  {
    rule: 'a project’s year is outside its action plan’s years',
    change: (d) => setCell(d, `${AK}/projects.csv`, 2, 'year', '2016'),
    expect: [{ code: 'date-outside-period', severity: 'warning', file: `${AK}/projects.csv`, row: 2, column: 'year' }],
  },
  {
    rule: 'an action plan is adopted after its period',
    change: (d) => setCell(d, `${AK}/action_plans.csv`, 3, 'adopted_date', '10.01.2018'),
    expect: [{ code: 'date-outside-period', severity: 'warning', file: `${AK}/action_plans.csv`, row: 3, column: 'adopted_date' }],
  },
  {
    rule: 'an action plan ends before it starts',
    change: (d) => setCell(d, `${AK}/action_plans.csv`, 3, 'year_to', '2013'),
    expect: [{ code: 'date-outside-period', severity: 'warning', file: `${AK}/action_plans.csv`, row: 3, column: 'year_to' }],
  },
  {
    rule: 'an event ends before it starts',
    change: (d) => {
      setCell(d, `${AK}/events.csv`, 2, 'date_from', '10.05.2013');
      setCell(d, `${AK}/events.csv`, 2, 'date_to', '01.05.2013');
    },
    expect: [{ code: 'date-outside-period', severity: 'warning', file: `${AK}/events.csv`, row: 2, column: 'date_to' }],
  },
  {
    rule: 'an appraisal event is dated outside its round’s year',
    change: (d) => {
      setCell(d, `${AK}/appraisals.csv`, 2, 'year', '2012');
      setCell(d, `${AK}/events.csv`, 8, 'date_from', '05.2013');
    },
    expect: [{ code: 'date-outside-period', severity: 'warning', file: `${AK}/events.csv`, row: 8, column: 'date_from' }],
  },
  {
    rule: 'a contest’s regulation is dated outside the contest’s year (or the year before)',
    change: (d) => setCell(d, `${OR}/contests.csv`, 2, 'year', '2022'),
    expect: [{ code: 'date-outside-period', severity: 'warning', file: `${OR}/contests.csv`, row: 2, column: 'regulation_date' }],
  },
  {
    rule: 'a contest plan’s deadline is outside the contest’s year',
    change: (d) => {
      setCell(d, `${OR}/contests.csv`, 2, 'year', '2021');
      setCell(d, `${OR}/contest_plan.csv`, 2, 'deadline', '15.01.2023');
    },
    expect: [{ code: 'date-outside-period', severity: 'warning', file: `${OR}/contest_plan.csv`, row: 2, column: 'deadline' }],
  },
  {
    rule: 'an execution hearing held in an unusual month',
    change: (d) => setCell(d, `${AK}/hearings.csv`, 2, 'date', '26.04.2013'),
    expect: [{ code: 'hearing-type-month', severity: 'warning', file: `${AK}/hearings.csv`, row: 2, column: 'date' }],
  },
  {
    rule: 'a past hearing dated in the future',
    change: (d) => setCell(d, `${AK}/hearings.csv`, 2, 'date', '26.01.2099'),
    expect: [{ code: 'date-in-future', severity: 'warning', file: `${AK}/hearings.csv`, row: 2, column: 'date' }],
  },
  {
    rule: 'an executed budget for a year that has not ended',
    change: (d) => {
      setCell(d, `${AK}/budget.csv`, 2, 'phase', 'executed');
      setCell(d, `${AK}/budget.csv`, 2, 'year', '2099');
      setCell(d, `${AK}/budget.csv`, 2, 'amount', '2 630 400');
    },
    expect: [{ code: 'date-in-future', severity: 'warning', file: `${AK}/budget.csv`, row: 2, column: 'year' }],
  },
  {
    rule: 'a source document without a title',
    change: (d) => editJson(d, 'sources.json', (s) => (s[0].title_ru = '')),
    expect: [{ code: 'source-incomplete', severity: 'warning', file: 'sources.json', column: 'seed-000.title_ru' }],
  },
];

describe('cross-file checks on fixtures (loadData and the validate CLI)', () => {
  it('the bundled data has only the sources’ known inconsistencies, as warnings, and the CLI exits 0', () => {
    expect(baseline.filter((p) => p.severity === 'error')).toEqual([]);
    expect(cliBaseline.status).toBe(0);
    const stated = cliBaseline.rows.filter((r) => r.code === 'total-mismatch').map((r) => [r.row, r.value]);
    expect(stated).toEqual([
      [8, '449'],
      [9, '170'],
      [10, '11'],
      [12, '26'],
    ]);
    expect(cliBaseline.rows.every((r) => r.severity === 'warning' && r.file === `${AK}/stated_totals.csv`)).toBe(true);
  });

  it.each(cases)('$rule', ({ change, expect: wanted }) => {
    const dir = copyData();
    change(dir);
    expect(added(dir)).toEqual(sorted(wanted));

    const cli = runValidate(dir);
    const fresh = sorted(cli.rows.filter((r) => !cliBaselineKeys.has(key(r))).map(pick));
    expect(fresh).toEqual(sorted(wanted));
    expect(cli.status).toBe(wanted.some((w) => w.severity === 'error') ? 1 : 0);
  });
});

describe('what the checks let through', () => {
  it('an outcome in the same month as its hearing (month precision)', () => {
    const dir = copyData();
    setCell(dir, `${AK}/hearing_outcomes.csv`, 2, 'hearing', 'obs-2013-01-26');
    setCell(dir, `${AK}/hearing_outcomes.csv`, 2, 'date', '01.2013');
    expect(added(dir)).toEqual([]);
  });

  it('a count above the population when the row’s note explains it', () => {
    const dir = copyData();
    setCell(dir, `${AK}/initiative_groups.csv`, 2, 'members', '4000');
    setCell(dir, `${AK}/initiative_groups.csv`, 2, 'note', 'Считаются участия во всех встречах, а не люди.');
    expect(added(dir)).toEqual([]);
  });

  it('attendances of several events above the population', () => {
    const dir = copyData();
    setCell(dir, `${AK}/events.csv`, 3, 'participants', '5000');
    expect(added(dir).filter((p) => p.code === 'above-population')).toEqual([]);
  });

  it('nothing is compared with an unknown population', () => {
    const dir = copyData();
    setCell(dir, `${OR}/initiatives.csv`, 3, 'participants_total', '100000');
    setCell(dir, `${OR}/initiatives.csv`, 3, 'children', '100000');
    expect(added(dir)).toEqual([]);
  });

  it('a contest regulation adopted in the year before the contest', () => {
    const dir = copyData();
    setCell(dir, `${OR}/contests.csv`, 2, 'year', '2021');
    expect(added(dir)).toEqual([]);
  });

  it('an outcome dated today is not in the future', () => {
    const dir = copyData();
    setCell(dir, `${AK}/hearing_outcomes.csv`, 2, 'date', '23.11.2026');
    expect(added(dir)).toEqual([]);
  });
});

describe('records as sections of grouped pages', () => {
  it('a hearing, initiative or project whose id the page itself uses is an error, with its row', () => {
    const data = loadData(FIXTURE_DATA, { today: TODAY });
    const m = data.municipalities.find((x) => x.profile.id === AK.split('/')[1])!;
    const project = m.tables.projects[0]!;
    const changed = { ...m, tables: { ...m.tables, projects: [{ ...project, id: 'main' }, ...m.tables.projects.slice(1)] } };
    const problems = runChecks([changed], data.sources).filter((p) => p.code === 'reserved-id');
    expect(problems).toEqual([{ code: 'reserved-id', severity: 'error', file: `${AK}/projects.csv`, row: project._row, column: 'id', value: 'main' }]);
    expect(runChecks([m], data.sources).filter((p) => p.code === 'reserved-id')).toEqual([]);
    const noteShaped = { ...m, tables: { ...m.tables, hearings: [{ ...m.tables.hearings[0]!, id: 'fn-2' }, ...m.tables.hearings.slice(1)] } };
    expect(runChecks([noteShaped], data.sources).filter((p) => p.code === 'reserved-id').map((p) => [p.file, p.value])).toEqual([[`${AK}/hearings.csv`, 'fn-2']]);
  });
});
