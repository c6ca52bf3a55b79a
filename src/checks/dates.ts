/**
 * Dates against the periods they belong to: an outcome on its hearing's day, a project in its
 * action plan's years, a contest's deadlines in the contest's year, and no past event in the
 * future. All are warnings: a source may be odd, and the site shows what it says.
 */
import type { MunicipalityData } from '../datasets/load.ts';
import type { Problem } from '../datasets/problems.ts';
import { datasets, type DatasetName } from '../datasets/registry.ts';

type Row = Record<string, unknown> & { _row: number };

/** A closed range of days, as ISO strings (they sort as dates). */
export interface Span {
  start: string;
  end: string;
}

const OPEN_START = '0000-01-01';
const OPEN_END = '9999-12-31';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The days a date of either precision covers: "2013-03" is the whole of March. */
export function spanOfDate(date: string): Span {
  if (date.length === 10) return { start: date, end: date };
  const last = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
  return { start: `${date}-01`, end: `${date}-${String(last).padStart(2, '0')}` };
}

/** The days of whole years; an unknown end leaves the span open on that side. */
export function spanOfYears(from: number | undefined, to: number | undefined): Span {
  return { start: from === undefined ? OPEN_START : `${from}-01-01`, end: to === undefined ? OPEN_END : `${to}-12-31` };
}

export const overlaps = (a: Span, b: Span) => a.start <= b.end && a.end >= b.start;

/** "2013-01-26" → "26.01.2013", "2013-03" → "03.2013": as staff write dates. */
export function showDate(date: string): string {
  const [y, m, d] = date.split('-');
  return d ? `${d}.${m}.${y}` : `${m}.${y}`;
}

function showYears(from: number | undefined, to: number | undefined): string {
  if (from !== undefined && from === to) return String(from);
  return `${from ?? '…'}–${to ?? '…'}`;
}

const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

interface Ctx {
  m: MunicipalityData;
  out: Problem[];
}

const fileOf = (m: MunicipalityData, name: DatasetName) => `municipalities/${m.profile.id}/${datasets[name].file}`;
const rowsOf = (m: MunicipalityData, name: DatasetName) => m.tables[name] as unknown as Row[];
const byId = (m: MunicipalityData, name: DatasetName) => new Map(rowsOf(m, name).map((r) => [String(r.id), r]));

function outside(c: Ctx, name: DatasetName, row: Row, column: string, value: string, period: string, what: string): void {
  c.out.push({ code: 'date-outside-period', severity: 'warning', file: fileOf(c.m, name), row: row._row, column, value, params: { period, what } });
}

/** A date column of a row against a span; silent when either is unknown. */
function dateIn(c: Ctx, name: DatasetName, row: Row, column: string, span: Span, period: string, what: string): void {
  const date = str(row[column]);
  if (date && !overlaps(spanOfDate(date), span)) outside(c, name, row, column, showDate(date), period, what);
}

function checkEvents(c: Ctx): void {
  const appraisals = byId(c.m, 'appraisals');
  for (const row of rowsOf(c.m, 'events')) {
    const from = str(row.date_from);
    const to = str(row.date_to);
    if (from && to && spanOfDate(to).end < spanOfDate(from).start) {
      outside(c, 'events', row, 'date_to', showDate(to), `${showDate(from)}–…`, 'date_from');
    }
    const year = num(appraisals.get(String(row.appraisal))?.year);
    if (year === undefined) continue;
    for (const column of ['date_from', 'date_to']) {
      dateIn(c, 'events', row, column, spanOfYears(year, year), String(year), `appraisals.csv: ${String(row.appraisal)}`);
    }
  }
}

function checkPlans(c: Ctx): void {
  for (const row of rowsOf(c.m, 'action_plans')) {
    const from = num(row.year_from);
    const to = num(row.year_to);
    if (from !== undefined && to !== undefined && to < from) {
      outside(c, 'action_plans', row, 'year_to', String(to), `${from}–…`, 'year_from');
      continue;
    }
    if (from === undefined && to === undefined) continue;
    // A plan is adopted before or during its period: late in the year before is usual.
    const adoptFrom = from === undefined ? undefined : from - 1;
    dateIn(c, 'action_plans', row, 'adopted_date', spanOfYears(adoptFrom, to), showYears(adoptFrom, to), 'year_from − 1 … year_to');
  }
  const plans = byId(c.m, 'action_plans');
  for (const row of rowsOf(c.m, 'projects')) {
    const plan = plans.get(String(row.plan));
    const year = num(row.year);
    if (!plan || year === undefined) continue;
    const [from, to] = [num(plan.year_from), num(plan.year_to)];
    if (from === undefined && to === undefined) continue;
    if (!overlaps(spanOfYears(year, year), spanOfYears(from, to))) {
      outside(c, 'projects', row, 'year', String(year), showYears(from, to), `action_plans.csv: ${String(row.plan)}`);
    }
  }
}

function checkHearingOutcomes(c: Ctx): void {
  const hearings = byId(c.m, 'hearings');
  for (const row of rowsOf(c.m, 'hearing_outcomes')) {
    const date = str(hearings.get(String(row.hearing))?.date);
    if (date) dateIn(c, 'hearing_outcomes', row, 'date', spanOfDate(date), showDate(date), `hearings.csv: ${String(row.hearing)}`);
  }
}

function checkContests(c: Ctx): void {
  const contests = byId(c.m, 'contests');
  for (const row of rowsOf(c.m, 'contests')) {
    const year = num(row.year);
    // The regulation is adopted in the contest's year or the year before.
    if (year !== undefined) dateIn(c, 'contests', row, 'regulation_date', spanOfYears(year - 1, year), showYears(year - 1, year), 'year − 1 … year');
  }
  for (const row of rowsOf(c.m, 'contest_plan')) {
    const year = num(contests.get(String(row.contest))?.year);
    if (year !== undefined) dateIn(c, 'contest_plan', row, 'deadline', spanOfYears(year - 1, year), showYears(year - 1, year), `contests.csv: ${String(row.contest)}`);
  }
}

/** Today as an ISO day, UTC (what "not in the future" is checked against). */
export const isoToday = (): string => new Date().toISOString().slice(0, 10);

/** Columns that record something that has already happened: never after today. */
const PAST: Array<[DatasetName, string]> = [
  ['hearings', 'date'],
  ['hearing_outcomes', 'date'],
  ['events', 'date_from'],
  ['events', 'date_to'],
  ['action_plans', 'adopted_date'],
  ['contests', 'regulation_date'],
  ['monitoring_groups', 'resolution_date'],
];

/** How far ahead a budget line's year may be, by phase: forecasts run a few years ahead. */
const BUDGET_AHEAD = { executed: 0, amended: 1, approved: 1, draft: 3 } as const;

function checkFuture(c: Ctx, today: string): void {
  const future = (name: DatasetName, row: Row, column: string, value: string, limit: string, what: string) =>
    c.out.push({ code: 'date-in-future', severity: 'warning', file: fileOf(c.m, name), row: row._row, column, value, params: { today: showDate(today), limit, what } });
  for (const [name, column] of PAST) {
    for (const row of rowsOf(c.m, name)) {
      const date = str(row[column]);
      if (date && spanOfDate(date).start > today) future(name, row, column, showDate(date), showDate(today), `${datasets[name].file}: ${column}`);
    }
  }
  const thisYear = Number(today.slice(0, 4));
  for (const row of rowsOf(c.m, 'budget')) {
    const ahead = BUDGET_AHEAD[row.phase as keyof typeof BUDGET_AHEAD];
    const year = num(row.year);
    if (year !== undefined && ahead !== undefined && year > thisYear + ahead) future('budget', row, 'year', String(year), String(thisYear + ahead), `phase ${String(row.phase)}`);
  }
  for (const row of rowsOf(c.m, 'surveys')) {
    const year = num(row.year);
    if (year !== undefined && year > thisYear) future('surveys', row, 'year', String(year), String(thisYear), 'surveys.csv: year');
  }
}

/** @param today ISO day, e.g. "2026-11-23" (passed in so that tests do not depend on the clock). */
export function checkDates(m: MunicipalityData, today: string, out: Problem[]): void {
  const c = { m, out };
  checkEvents(c);
  checkPlans(c);
  checkHearingOutcomes(c);
  checkContests(c);
  checkFuture(c, today);
}
