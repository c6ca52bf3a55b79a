/**
 * One budget year as pages show it. The year page leads with the answers (totals per phase, the
 * share executed, the change from the year before, the equalisation grant's share), names the
 * document each phase is taken from and lists the other documents; then the top-level lines of
 * each direction with the document's own totals beside what the lines add up to. A year whose
 * "of which" lines are few (INLINE_LINES) shows each group as a section of the year page; in a
 * larger year every line with "of which" lines has its own page (paged), so no page grows with the
 * size of the budget.
 */
import type { MunicipalityData } from '../../../datasets/load.ts';
import type { SourceDocument } from '../../../datasets/municipality.ts';
import { levelSum, type TreeNode } from '../../../figures/budget-tree.ts';
import { DIRECTIONS, lineKey, SHOWN_PHASES, yearSummary, type BudgetVersion, type Direction, type YearSummary } from '../../../figures/budget-year.ts';
import { budgetVersionsOf, type Row } from '../../../figures/municipality.ts';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../../../i18n/format.ts';
import { t, type Key, type Lang } from '../../../i18n/index.ts';
import { fromColumns, pick } from '../../../i18n/pick.ts';
import { recordHref } from '../../routing/records.ts';
import { href } from '../../routing/routes.ts';
import type { Column } from '../table/table.ts';

export { DIRECTIONS, type Direction };
type Line = Row<'budget'>;
type Node = TreeNode<Line>;
type ShownPhase = (typeof SHOWN_PHASES)[number];

/** Lines a year page lists per direction before "all lines"; lines per page of a group. */
export const TOP_LINES = 25;
export const PAGE_LINES = 60;
/**
 * A year whose groups together list at most this many lines shows them as sections of the year
 * page (id = the group's slug) instead of pages of their own. Measured (issue 17): in the synthetic
 * country (24 municipalities × 10 years, seed 1) every year has 19–46 group lines and its year page
 * with all groups inline weighs 9.5–11.6 KiB gzip (about 70 B per line); 60 lines leaves ~2 KiB for
 * longer labels and a fuller top level. tests/site/budget-weight.test.ts builds a year of exactly
 * INLINE_LINES lines (inline, within 14 KiB) and a 5 000-line year (group pages, paged).
 */
export const INLINE_LINES = 60;
/** Lines a group's chart draws before "other". */
export const CHART_LINES = 8;

/** A line's label in the page's language, else another's (marked with its language), else its number. */
export function lineLabel(lang: Lang, line: Line): { text: string | undefined; lang: string | undefined } {
  return pick(lang, fromColumns(line, 'label')) ?? { text: line.line, lang: undefined };
}

/** The page address of a line's "of which" lines; `undefined` names a direction's top level. */
export function groupSlug(direction: Direction, line?: string): string {
  return line === undefined ? direction : `${direction}-${line.replace(/[^0-9A-Za-z.]+/g, '_')}`;
}

/** An amount's number as the document prints it, in the document's unit and with its decimals: "5 453,6". */
export function printedNumber(lang: Lang, line: Line): string | undefined {
  if (line.amount_som === undefined) return undefined;
  const decimals = /[.,](\d+)$/.exec(line.amount ?? '')?.[1]?.length ?? 0;
  return formatNumber(lang, line.unit === 'thousand' ? line.amount_som / 1000 : line.amount_som, decimals);
}

/** An amount as the document prints it, with its unit: "5 453,6" thousand som, "5 684 800" som. */
export function printedAmount(lang: Lang, line: Line): string | undefined {
  if (line.amount_som === undefined) return undefined;
  if (line.unit !== 'thousand') return formatMoney(lang, line.amount_som);
  return `${printedNumber(lang, line)} ${t(lang, 'budgetDoc.thousand')}`;
}

/** The document a version comes from, as a reader names it: title, number and date. */
export function documentName(lang: Lang, v: BudgetVersion<Line>, sources: readonly SourceDocument[]): { text: string; url: string | undefined } {
  const doc = sources.find((s) => s.id === v.doc);
  if (!doc) return { text: t(lang, 'budgetDoc.unnamed'), url: undefined };
  const parts = [doc.title_ru, doc.number && `№ ${doc.number}`, doc.date && formatDate(lang, doc.date)].filter(Boolean);
  return { text: parts.join(', '), url: doc.url };
}

export interface LineRow {
  line: Line;
  node: Node;
  label: { text: string | undefined; lang: string | undefined };
  /** The line's amount in each shown phase, matched across documents by code, label or number. */
  byPhase: Partial<Record<ListedPhase, Line | undefined>>;
  /** Page of its "of which" lines, when it has any. */
  link: string | undefined;
  source_doc?: string | undefined;
  source_section?: string | undefined;
  note?: string | undefined;
}

export interface LinesTable {
  id: string;
  caption: string;
  columns: Column<LineRow>[];
  rows: LineRow[];
}

/**
 * The document whose lines a page lists: the execution report, else the amendment, else the
 * approved budget. With a direction, the first of those that has lines of it: an execution
 * report of expenditure alone must not hide the approved budget's revenue lines.
 */
export const primaryOf = (s: YearSummary<Line>, d?: Direction) => {
  const order = [s.shown.executed, s.shown.amended, s.shown.approved];
  return (d && order.find((v) => v && v.trees[d].roots.length > 0)) || order.find((v) => v);
};

/** The document a page lists lines of: the primary one, else (a year with drafts only) the latest draft, labelled as a draft. */
export const displayedOf = (s: YearSummary<Line>, d?: Direction) => primaryOf(s, d) ?? s.others.find((v) => v.phase === 'draft');

type ListedPhase = ShownPhase | 'draft';
/** The phases a year's tables have a column for: the shown ones, or the draft alone. */
const listedPhases = (s: YearSummary<Line>): ListedPhase[] => (primaryOf(s) ? SHOWN_PHASES.filter((p) => s.shown[p]) : ['draft']);

function indexLines(v: BudgetVersion<Line> | undefined, d: Direction): Map<string, Line> {
  const out = new Map<string, Line>();
  const walk = (nodes: readonly Node[]) => nodes.forEach((n) => (out.has(lineKey(n.line)) || out.set(lineKey(n.line), n.line), walk(n.children)));
  if (v) walk(v.trees[d].roots);
  return out;
}

/**
 * Columns: the line (with its code under it, when a line has one), then one column per shown phase
 * with each amount as the document prints it. When a phase's lines share one unit, the unit is in
 * the header and the cells hold the printed numbers ("Approved, thousand som" over "5 453,6"), else
 * each cell carries its unit. No machine values: the charts read the largest-lines tables, and
 * data-value on every amount was a tenth of a budget page.
 */
export function lineColumns(lang: Lang, summary: YearSummary<Line>, rows: readonly LineRow[]): Column<LineRow>[] {
  const hasCode = rows.some((r) => r.line.code);
  return [
    { label: t(lang, hasCode ? 'budget.lineCode' : 'budget.line'), kind: 'text', get: (r) => r.label.text, dataLang: (r) => r.label.lang, ...(hasCode && { sub: (r: LineRow) => r.line.code }) },
    ...listedPhases(summary).map((p) => amountColumn(lang, p, rows)),
  ];
}

function amountColumn(lang: Lang, p: ListedPhase, rows: readonly LineRow[]): Column<LineRow> {
  const units = new Set(rows.flatMap((r) => (r.byPhase[p]?.amount_som === undefined ? [] : [r.byPhase[p]!.unit === 'thousand' ? 'thousand' : 'som'])));
  const unit = units.size === 1 ? [...units][0] : undefined;
  const phase = t(lang, `budget.${p}` as Key);
  return {
    label: unit ? `${phase}, ${t(lang, unit === 'thousand' ? 'budgetDoc.thousand' : 'budgetDoc.som')}` : phase,
    kind: 'money',
    get: (r) => r.byPhase[p]?.amount_som,
    text: (r) => {
      const line = r.byPhase[p];
      return line && (unit ? printedNumber(lang, line) : printedAmount(lang, line));
    },
  };
}

function lineRows(lang: Lang, m: MunicipalityData, summary: YearSummary<Line>, d: Direction, nodes: readonly Node[]): LineRow[] {
  const indexes = Object.fromEntries(SHOWN_PHASES.map((p) => [p, indexLines(summary.shown[p], d)])) as Record<ShownPhase, Map<string, Line>>;
  const primary = displayedOf(summary, d);
  return nodes.map((node) => {
    const { line } = node;
    const byPhase = Object.fromEntries(listedPhases(summary).map((p) => [p, p === 'draft' || summary.shown[p] === primary ? line : indexes[p].get(lineKey(line))]));
    return {
      line,
      node,
      label: lineLabel(lang, line),
      byPhase,
      link: node.children.length ? groupHref(lang, m, summary, groupSlug(d, line.line)) : undefined,
      source_doc: line.source_doc,
      source_section: line.source_section,
      note: line.note,
    };
  });
}

export interface DirectionView {
  direction: Direction;
  heading: string;
  table: LinesTable;
  /** Lines beyond the page's share: the link to the direction's full list. */
  more: { count: number; href: string } | undefined;
  /** The largest lines and "other", for the chart. */
  chart: { id: string; caption: string; columns: Column<ChartRow>[]; rows: ChartRow[] };
  /** The document's own total beside what its lines add up to. */
  stated: number | undefined;
  computed: number | undefined;
  missing: number;
}

export interface ChartRow {
  label: string;
  lang: string | undefined;
  som: number | undefined;
}

/** The largest lines of a level by amount, then "other" for the rest (in the primary phase). */
export function chartRows(lang: Lang, nodes: readonly Node[]): ChartRow[] {
  const counted = nodes.filter((n) => !n.line.total && n.line.amount_som !== undefined).sort((a, b) => b.line.amount_som! - a.line.amount_som!);
  const top: ChartRow[] = counted.slice(0, CHART_LINES).map((n) => ({ lang: lineLabel(lang, n.line).lang, label: lineLabel(lang, n.line).text ?? n.line.line, som: n.line.amount_som }));
  const rest = counted.slice(CHART_LINES);
  if (rest.length) top.push({ label: t(lang, 'budgetDoc.other', { n: rest.length }), lang: undefined, som: levelSum(rest).value });
  return top;
}

function chartTable(lang: Lang, id: string, caption: string, nodes: readonly Node[]) {
  const columns: Column<ChartRow>[] = [
    { label: t(lang, 'budget.line'), kind: 'text', get: (r) => r.label, dataLang: (r) => r.lang },
    { label: t(lang, 'common.amount'), kind: 'money', get: (r) => r.som, series: true },
  ];
  return { id, caption, columns, rows: chartRows(lang, nodes) };
}

export interface VersionRow {
  phase: string;
  document: string;
  url: string | undefined;
  revenue: number | undefined;
  expenditure: number | undefined;
  shown: string;
}

export interface YearView {
  year: number;
  summary: YearSummary<Line>;
  /** The year has only drafts: nothing is shown as its budget. */
  draftOnly: boolean;
  answers: Array<{ label: string; value: string | undefined; detail?: string | undefined }>;
  /** Where the lines come from: the primary document's name and link. */
  source: { text: string; url: string | undefined } | undefined;
  versions: { columns: Column<VersionRow>[]; rows: VersionRow[] };
  directions: DirectionView[];
  /** Projects and initiatives the local budget funded that year. */
  funded: Array<{ text: string; href: string; som: number | undefined }>;
  /** In an inline year, every group, shown as a section of the year page; else none. */
  groups: GroupPage[];
}

const phaseName = (lang: Lang, p: string) => t(lang, `budget.${p}` as Key);

export function yearView(lang: Lang, m: MunicipalityData, year: number, sources: readonly SourceDocument[]): YearView {
  const versions = budgetVersionsOf(m, sources);
  const summary = yearSummary(versions, year);
  const primary = primaryOf(summary);
  const answers: YearView['answers'] = [];
  for (const d of DIRECTIONS) {
    for (const p of SHOWN_PHASES) {
      const v = summary.shown[p];
      const total = v?.totals[d]?.shown;
      if (v && v.totals[d]) answers.push({ label: `${t(lang, `budget.${d}`)}, ${phaseName(lang, p).toLowerCase()}`, value: total === undefined ? undefined : formatMoney(lang, total), detail: statedDetail(lang, v, d) });
    }
    const ex = summary.executed[d];
    if (ex !== undefined) answers.push({ label: t(lang, 'budgetDoc.executedShare', { direction: t(lang, `budget.${d}`) }), value: formatPercent(lang, ex) });
  }
  for (const c of summary.change) {
    answers.push({
      label: t(lang, 'budgetDoc.changeFrom', { direction: t(lang, `budget.${c.direction}`), year: c.year }),
      value: c.ratio === undefined ? undefined : `${c.ratio >= 0 ? '+' : '−'}${formatPercent(lang, Math.abs(c.ratio))}`,
      detail: t(lang, 'budgetDoc.changeBasis', { phase: phaseName(lang, c.phase).toLowerCase(), from: formatMoney(lang, c.from), to: formatMoney(lang, c.to) }),
    });
  }
  if (summary.grant?.share !== undefined) {
    answers.push({ label: t(lang, 'budgetDoc.grantShare'), value: formatPercent(lang, summary.grant.share), detail: `${formatMoney(lang, summary.grant.amount)}, ${phaseName(lang, summary.grant.phase).toLowerCase()}` });
  }
  const chosen = new Set(Object.values(summary.shown));
  const all = versions.filter((v) => v.year === year);
  const versionRows = all.map((v): VersionRow => {
    const name = documentName(lang, v, sources);
    return { phase: phaseName(lang, v.phase), document: name.text, url: name.url, revenue: v.totals.revenue?.shown, expenditure: v.totals.expenditure?.shown, shown: chosen.has(v) ? t(lang, 'budgetDoc.shownYes') : v.phase === 'draft' ? t(lang, 'budgetDoc.shownDraft') : t(lang, 'budgetDoc.shownEarlier') };
  });
  const versionColumns: Column<VersionRow>[] = [
    { label: t(lang, 'budgetDoc.document'), kind: 'text', get: (r) => r.document },
    { label: t(lang, 'budgetDoc.phase'), kind: 'text', get: (r) => r.phase },
    { label: t(lang, 'budget.revenue'), kind: 'money', get: (r) => r.revenue },
    { label: t(lang, 'budget.expenditure'), kind: 'money', get: (r) => r.expenditure },
    { label: t(lang, 'budgetDoc.shown'), kind: 'text', get: (r) => r.shown },
  ];
  const displayed = displayedOf(summary);
  const directions = displayed ? DIRECTIONS.filter((d) => displayedOf(summary, d)!.trees[d].roots.length).map((d) => directionView(lang, m, summary, d)) : [];
  return {
    year,
    summary,
    draftOnly: !primary,
    answers,
    source: displayed ? documentName(lang, displayed, sources) : undefined,
    versions: { columns: versionColumns, rows: versionRows },
    directions,
    funded: fundedBy(lang, m, year),
    groups: isInline(summary) ? groupsOf(summary, Infinity) : [],
  };
}

function statedDetail(lang: Lang, v: BudgetVersion<Line>, d: Direction): string | undefined {
  const total = v.totals[d];
  if (!total || total.stated === undefined || total.computed.value === undefined) return undefined;
  if (Math.abs(total.stated - total.computed.value) < 0.005) return undefined;
  return t(lang, 'budgetDoc.statedVsComputed', { stated: formatMoney(lang, total.stated), computed: formatMoney(lang, total.computed.value) });
}

function directionView(lang: Lang, m: MunicipalityData, summary: YearSummary<Line>, d: Direction): DirectionView {
  const primary = displayedOf(summary, d)!;
  const roots = primary.trees[d].roots;
  const shownNodes = roots.length > TOP_LINES ? [...roots.filter((n) => !n.line.total).slice(0, TOP_LINES), ...roots.filter((n) => n.line.total)] : roots;
  const rows = lineRows(lang, m, summary, d, shownNodes);
  const heading = t(lang, `budget.${d}`);
  const id = `budget-${summary.year}-${d}`;
  const total = primary.totals[d];
  return {
    direction: d,
    heading,
    table: { id, caption: `${heading}, ${summary.year}`, columns: lineColumns(lang, summary, rows), rows },
    more: roots.length > shownNodes.length ? { count: roots.length, href: groupHref(lang, m, summary, groupSlug(d)) } : undefined,
    chart: chartTable(lang, `${id}-largest`, t(lang, 'budgetDoc.largest', { title: `${heading}, ${summary.year}` }), roots),
    stated: total?.stated,
    computed: total?.computed.value,
    missing: total?.computed.missing ?? 0,
  };
}

export interface GroupPage {
  slug: string;
  direction: Direction;
  /** The line whose parts are listed; undefined for a direction's whole top level. */
  parent: Node | undefined;
  nodes: Node[];
  page: number;
  pages: number;
}

/** Every group page of a year: a direction's top level when it is longer than the year page shows, and each line with "of which" lines. */
export function groupPages(m: MunicipalityData, year: number, sources: readonly SourceDocument[] = []): GroupPage[] {
  return groupsOf(yearSummary(budgetVersionsOf(m, sources), year));
}

/** The year's groups, each whole (one "page" however long), for a year page that shows them inline. */
export function inlineGroups(m: MunicipalityData, year: number, sources: readonly SourceDocument[] = []): GroupPage[] {
  return groupsOf(yearSummary(budgetVersionsOf(m, sources), year), Infinity);
}

/** Lines a year's groups list together (each line once per group it is listed in). */
export const groupLines = (summary: YearSummary<Line>): number => groupsOf(summary, Infinity).reduce((n, g) => n + g.nodes.length, 0);

/** Whether a year's groups are sections of its year page (few lines) rather than pages of their own. */
export function isInline(summary: YearSummary<Line>): boolean {
  let v = inlineCache.get(summary);
  if (v === undefined) inlineCache.set(summary, (v = groupLines(summary) <= INLINE_LINES));
  return v;
}
const inlineCache = new WeakMap<YearSummary<Line>, boolean>();

/** Whether a year's groups are sections of its year page; with no groups at all, trivially so. */
export const yearIsInline = (m: MunicipalityData, year: number, sources: readonly SourceDocument[] = []): boolean => isInline(yearSummary(budgetVersionsOf(m, sources), year));

/** The address of a group: a section of the year page in an inline year, else its own page. */
export function groupHref(lang: Lang, m: MunicipalityData, summary: YearSummary<Line>, slug: string): string {
  return isInline(summary) ? `${href(lang, m.profile.id, 'budget', summary.year)}#${slug}` : href(lang, m.profile.id, 'budget', summary.year, slug);
}

function groupsOf(summary: YearSummary<Line>, perPage = PAGE_LINES): GroupPage[] {
  const primary = displayedOf(summary);
  if (!primary) return [];
  const out: GroupPage[] = [];
  const add = (direction: Direction, parent: Node | undefined, nodes: Node[]) => {
    const pages = Math.max(1, Math.ceil(nodes.length / perPage));
    const slug = groupSlug(direction, parent?.line.line);
    for (let page = 1; page <= pages; page++) out.push({ slug, direction, parent, nodes: nodes.slice((page - 1) * perPage, page * perPage), page, pages });
  };
  for (const d of DIRECTIONS) {
    const roots = displayedOf(summary, d)!.trees[d].roots;
    if (roots.length > TOP_LINES) add(d, undefined, roots);
    const walk = (nodes: readonly Node[]) => nodes.forEach((n) => (n.children.length && add(d, n, n.children), walk(n.children)));
    walk(roots);
  }
  const seen = new Set<string>();
  return out.filter((g) => {
    const key = `${g.slug}/${g.page}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface GroupView {
  heading: string;
  table: LinesTable;
  chart: ReturnType<typeof chartTable>;
  /** The parent line's printed amount beside what its parts add up to. */
  parentAmount: number | undefined;
  partsSum: number | undefined;
  /** The way up: the year, then each ancestor line. */
  trail: Array<{ text: string; href: string }>;
}

export function groupView(lang: Lang, m: MunicipalityData, year: number, g: GroupPage, sources: readonly SourceDocument[]): GroupView {
  const summary = yearSummary(budgetVersionsOf(m, sources), year);
  const rows = lineRows(lang, m, summary, g.direction, g.nodes);
  const title = g.parent ? (lineLabel(lang, g.parent.line).text ?? g.parent.line.line) : t(lang, 'budgetDoc.allLines');
  const heading = `${t(lang, `budget.${g.direction}`)}: ${title}`;
  const id = `budget-${year}-${g.slug}`;
  const primary = displayedOf(summary, g.direction)!;
  const trail = [{ text: t(lang, 'budget.yearTitle', { year }), href: href(lang, m.profile.id, 'budget', year) }];
  const byLine = new Map<string, Line>();
  const walk = (nodes: readonly Node[]) => nodes.forEach((n) => (byLine.set(n.line.line, n.line), walk(n.children)));
  walk(primary.trees[g.direction].roots);
  const ancestors: Line[] = [];
  for (let up = g.parent?.line.parent; up && ancestors.length < 20; up = byLine.get(up)?.parent) {
    const l = byLine.get(up);
    if (l) ancestors.unshift(l);
  }
  for (const a of ancestors) trail.push({ text: lineLabel(lang, a).text ?? a.line, href: groupHref(lang, m, summary, groupSlug(g.direction, a.line)) });
  return {
    heading,
    table: { id, caption: `${heading}, ${year}`, columns: lineColumns(lang, summary, rows), rows },
    chart: chartTable(lang, `${id}-largest`, t(lang, 'budgetDoc.largest', { title: heading }), g.parent ? g.parent.children : primary.trees[g.direction].roots),
    parentAmount: g.parent?.line.amount_som,
    partsSum: g.parent ? levelSum(g.parent.children).value : undefined,
    trail,
  };
}

/** Projects and initiatives the local budget funded in a year (the funding table's local-budget parts). */
export function fundedBy(lang: Lang, m: MunicipalityData, year: number): YearView['funded'] {
  const local = m.tables.funding.filter((f) => f.source_type === 'local_budget');
  const contests = new Map(m.tables.contests.map((c) => [c.id, c.year]));
  const out: YearView['funded'] = [];
  for (const p of m.tables.projects.filter((p) => p.year === year)) {
    const parts = local.filter((f) => f.owner_type === 'project' && f.owner === p.id);
    if (parts.length) out.push({ text: pick(lang, fromColumns(p as never, 'title'))?.text ?? p.id, href: recordHref(lang, m, 'project', p.id), som: levelSumOf(parts) });
  }
  for (const i of m.tables.initiatives.filter((i) => contests.get(i.contest) === year)) {
    const parts = local.filter((f) => f.owner_type === 'initiative' && f.owner === i.id);
    if (parts.length) out.push({ text: pick(lang, fromColumns(i as never, 'title'))?.text ?? i.id, href: recordHref(lang, m, 'initiative', i.id), som: levelSumOf(parts) });
  }
  return out;
}

const levelSumOf = (parts: ReadonlyArray<{ amount_som?: number | undefined }>) =>
  parts.some((p) => p.amount_som !== undefined) ? Math.round(parts.reduce((s, p) => s + (p.amount_som ?? 0), 0) * 100) / 100 : undefined;
