/**
 * Checks across rows and files of one municipality: references resolve, names appear only
 * with consent, amounts "as written" agree with the figures, parts do not exceed wholes,
 * and stated totals are compared with the rows (a mismatch is a warning: the site shows both).
 * Dates against their periods are in dates.ts, plausibility of counts in counts.ts.
 */
import { checkFunding } from '../figures/funding.ts';
import { checkApplicationStatus } from './applications.ts';
import { checkBudget } from './budget.ts';
import { checkCounts } from './counts.ts';
import { checkDates, isoToday } from './dates.ts';
import { checkTranslations } from './translations.ts';
import { reconcile, selectRows, parseFilter } from '../figures/reconcile.ts';
import { sumOf } from '../figures/sums.ts';
import { columnMeta } from '../datasets/define.ts';
import { isPageId } from '../datasets/ids.ts';
import type { MunicipalityData } from '../datasets/load.ts';
import type { SourceDocument } from '../datasets/municipality.ts';
import { parseAmountAsWritten } from '../datasets/parse.ts';
import type { Problem } from '../datasets/problems.ts';
import { datasetNames, datasets, type DatasetName } from '../datasets/registry.ts';

type Row = Record<string, unknown> & { _row: number };

const fileOf = (m: MunicipalityData, name: DatasetName) => `municipalities/${m.profile.id}/${datasets[name].file}`;
const rowsOf = (m: MunicipalityData, name: DatasetName) => m.tables[name] as unknown as Row[];

function idsOf(m: MunicipalityData, name: DatasetName): Set<string> {
  return new Set(rowsOf(m, name).map((r) => String(r.id)));
}

/** Hearings, initiatives and projects are sections of grouped pages: their ids are anchors there, and must not be one the page uses. */
function checkSectionIds(m: MunicipalityData, out: Problem[]): void {
  for (const name of ['hearings', 'initiatives', 'projects'] as const) {
    for (const row of rowsOf(m, name)) {
      if (isPageId(String(row.id))) out.push({ code: 'reserved-id', severity: 'error', file: fileOf(m, name), row: row._row, column: 'id', value: String(row.id) });
    }
  }
}

function checkReferences(m: MunicipalityData, sources: Set<string>, out: Problem[]): void {
  for (const name of datasetNames) {
    const file = fileOf(m, name);
    const refs = [...(datasets[name].references ?? []), { column: 'source_doc', target: 'sources' }];
    for (const ref of refs) {
      const ids = ref.target === 'sources' ? sources : idsOf(m, ref.target as DatasetName);
      for (const row of rowsOf(m, name)) {
        const value = row[ref.column];
        const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
        for (const v of values) {
          if (!ids.has(String(v))) {
            const target = ref.target === 'sources' ? 'data/sources.json' : datasets[ref.target as DatasetName].file;
            out.push({ code: 'unknown-reference', severity: 'error', file, row: row._row, column: ref.column, value: String(v), params: { target } });
          }
        }
      }
    }
  }
  checkProfileSources(m, sources, out);
  const owners = { project: 'projects', initiative: 'initiatives', plan: 'action_plans' } as const;
  for (const row of rowsOf(m, 'funding')) {
    const target = owners[row.owner_type as keyof typeof owners];
    if (!idsOf(m, target).has(String(row.owner))) {
      out.push({ code: 'unknown-reference', severity: 'error', file: fileOf(m, 'funding'), row: row._row, column: 'owner', value: String(row.owner), params: { target: datasets[target].file } });
    }
  }
}

/** The profile's statements name their source documents too. */
function checkProfileSources(m: MunicipalityData, sources: Set<string>, out: Problem[]): void {
  const p = m.profile;
  const refs: Array<[string, string]> = [['profile_source.doc', p.profile_source.doc]];
  if (p.programme) refs.push(['programme.source.doc', p.programme.source.doc]);
  for (const key of ['situation_before', 'results', 'commitments'] as const) {
    p[key].forEach((s, i) => refs.push([`${key}.${i}.source.doc`, s.source.doc]));
  }
  for (const [column, doc] of refs) {
    if (!sources.has(doc)) {
      out.push({ code: 'unknown-reference', severity: 'error', file: `municipalities/${p.id}/municipality.json`, column, value: doc, params: { target: 'data/sources.json' } });
    }
  }
}

/** A source without a title cannot be cited on the site. */
function checkSourceEntries(sources: readonly SourceDocument[], out: Problem[]): void {
  for (const s of sources) {
    for (const column of ['title_ru', 'kind_ru'] as const) {
      if (s[column].trim() === '') out.push({ code: 'source-incomplete', severity: 'warning', file: 'sources.json', column: `${s.id}.${column}`, value: '' });
    }
  }
}

function checkConsent(m: MunicipalityData, out: Problem[]): void {
  for (const row of rowsOf(m, 'initiatives')) {
    if (row.applicant_name && !row.applicant_consent) {
      out.push({ code: 'name-without-consent', severity: 'error', file: fileOf(m, 'initiatives'), row: row._row, column: 'applicant_name', value: String(row.applicant_name) });
    }
  }
}

/** Pairs of (amount column, as-written column) whose figures must agree. */
const AS_WRITTEN: Array<[DatasetName, string, string]> = [
  ['funding', 'amount_som', 'amount_as_written'],
  ['initiatives', 'total_som', 'total_as_written'],
  ['projects', 'total_som', 'total_as_written'],
  ['contests', 'allocation_som', 'allocation_as_written'],
];

function checkAsWritten(m: MunicipalityData, out: Problem[]): void {
  for (const [name, amountCol, writtenCol] of AS_WRITTEN) {
    for (const row of rowsOf(m, name)) {
      const written = row[writtenCol];
      if (typeof written !== 'string') continue;
      const parsed = parseAmountAsWritten(written);
      if (parsed === null || parsed === undefined) continue; // free text (an activity named instead of an amount)
      if (parsed !== row[amountCol]) {
        out.push({
          code: 'amount-as-written-differs',
          severity: 'error',
          file: fileOf(m, name),
          row: row._row,
          column: amountCol,
          value: String(row[amountCol] ?? ''),
          params: { parsed, amount: String(row[amountCol] ?? '') },
        });
      }
    }
  }
}

/** Part columns that may not exceed their whole within one row. */
const PARTS: Array<[DatasetName, string, string[]]> = [
  ['hearings', 'participants', ['women', 'deputies']],
  ['events', 'participants', ['women', 'deputies', 'age_18_35', 'age_36_55', 'age_55_plus']],
  ['action_plans', 'participants', ['women']],
  ['monitoring_groups', 'members', ['women', 'deputies', 'community_leaders']],
  ['initiatives', 'participants_total', ['girls', 'boys', 'children', 'children_disabilities', 'children_migrants']],
  ['initiatives', 'children', ['girls', 'boys', 'children_disabilities', 'children_migrants']],
];

function checkParts(m: MunicipalityData, out: Problem[]): void {
  for (const [name, whole, parts] of PARTS) {
    for (const row of rowsOf(m, name)) {
      const w = row[whole];
      if (typeof w !== 'number') continue;
      for (const part of parts) {
        const v = row[part];
        if (typeof v === 'number' && v > w) {
          out.push({ code: 'part-exceeds-whole', severity: 'warning', file: fileOf(m, name), row: row._row, column: part, value: String(v), params: { part, partValue: v, whole, wholeValue: w } });
        }
      }
    }
  }
  const p = m.profile;
  const profileParts: Array<[string, number | null, string, number | null]> = [
    ['council.women', p.council.women, 'council.members', p.council.members],
    ['staff.women', p.staff.women, 'staff.members', p.staff.members],
    ['households', p.households, 'population', p.population],
  ];
  for (const [part, v, whole, w] of profileParts) {
    if (v !== null && w !== null && v > w) {
      out.push({ code: 'part-exceeds-whole', severity: 'error', file: `municipalities/${p.id}/municipality.json`, column: part, value: String(v), params: { part, partValue: v, whole, wholeValue: w } });
    }
  }
}

function checkStatedTotals(m: MunicipalityData, out: Problem[]): void {
  const file = fileOf(m, 'stated_totals');
  for (const t of rowsOf(m, 'stated_totals')) {
    const name = t.dataset as DatasetName;
    const columns = new Map(columnMeta(datasets[name]));
    const meta = columns.get(String(t.column));
    if (!meta || (meta.type !== 'integer' && meta.type !== 'number')) {
      out.push({ code: 'not-allowed', severity: 'error', file, row: t._row, column: 'column', value: String(t.column), params: { allowed: [...columns].filter(([, f]) => f.type === 'integer' || f.type === 'number').map(([c]) => c).join(', ') } });
      continue;
    }
    const badFilter = parseFilter(t.filter as string | undefined).find(([k]) => !columns.has(k));
    if (badFilter) {
      out.push({ code: 'not-allowed', severity: 'error', file, row: t._row, column: 'filter', value: String(t.filter), params: { allowed: [...columns.keys()].join(', ') } });
      continue;
    }
    const rows = selectRows(rowsOf(m, name), t.filter as string | undefined);
    const r = reconcile(Number(t.stated), rows, String(t.column));
    if (r.disagrees) {
      out.push({ code: 'total-mismatch', severity: 'warning', file, row: t._row, column: 'stated', value: String(t.stated), params: { stated: r.stated, computed: r.computed.value ?? '', what: `${name}: ${t.filter || '*'} / ${t.column}` } });
    }
  }
}

function checkFundingTotals(m: MunicipalityData, out: Problem[]): void {
  const funding = rowsOf(m, 'funding') as unknown as Array<Row & { owner_type: string; owner: string; source_type: string; amount_som: number | undefined; in_kind: boolean }>;
  const owners: Array<[DatasetName, 'project' | 'initiative']> = [['projects', 'project'], ['initiatives', 'initiative']];
  for (const [name, type] of owners) {
    for (const row of rowsOf(m, name)) {
      const rows = funding.filter((f) => f.owner_type === type && f.owner === row.id);
      const check = checkFunding(row.total_som as number | undefined, rows);
      if (check.matches === 'none' && rows.length > 0) {
        out.push({ code: 'total-mismatch', severity: 'warning', file: fileOf(m, name), row: row._row, column: 'total_som', value: String(row.total_som), params: { stated: String(row.total_som), computed: check.withInKind ?? '', what: `funding.csv: ${row.id}` } });
      }
    }
  }
  // Winners' local-budget parts must fit the contest's allocation.
  for (const contest of rowsOf(m, 'contests')) {
    if (typeof contest.allocation_som !== 'number') continue;
    const winners = new Set(rowsOf(m, 'initiatives').filter((i) => i.contest === contest.id && i.winner).map((i) => i.id));
    const local = sumOf(funding.filter((f) => f.owner_type === 'initiative' && winners.has(f.owner) && f.source_type === 'local_budget'), 'amount_som');
    if (local.value !== undefined && local.value > contest.allocation_som) {
      out.push({ code: 'part-exceeds-whole', severity: 'warning', file: fileOf(m, 'contests'), row: contest._row, column: 'allocation_som', value: String(contest.allocation_som), params: { part: 'local_budget (winners)', partValue: local.value, whole: 'allocation_som', wholeValue: contest.allocation_som } });
    }
  }
}

export interface CheckOptions {
  /** ISO day the "not in the future" checks compare with; defaults to the clock. */
  today?: string;
}

export function runChecks(municipalities: readonly MunicipalityData[], sources: readonly SourceDocument[], options: CheckOptions = {}): Problem[] {
  const out: Problem[] = [];
  const today = options.today ?? isoToday();
  const sourceIds = new Set(sources.map((s) => s.id));
  checkSourceEntries(sources, out);
  for (const m of municipalities) {
    checkReferences(m, sourceIds, out);
    checkSectionIds(m, out);
    checkConsent(m, out);
    checkApplicationStatus(m, out);
    checkAsWritten(m, out);
    checkParts(m, out);
    checkStatedTotals(m, out);
    checkFundingTotals(m, out);
    checkDates(m, today, out);
    checkCounts(m, out);
    checkBudget(m, sources, out);
    checkTranslations(m, out);
  }
  return out;
}
