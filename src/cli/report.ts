/**
 * The validator's report for people: per file a short aligned table (row | column | value |
 * what is wrong and how to fix it), then a one-line summary. The same problems can also be
 * written as GitHub annotations (shown on the changed CSV lines of a pull request) and as a
 * Markdown job summary, so staff who upload through the browser see the same table.
 */
import { join, relative } from 'node:path';
import type { Problem } from '../datasets/problems.ts';
import { problemMessage, texts, type Lang } from '../i18n/index.ts';

const words = (lang: Lang) => texts(lang).report.validate;

const VALUE_WIDTH = 30;

/** Length in characters as a terminal shows them (Cyrillic letters are one column each). */
const width = (s: string) => [...s].length;
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const padLeft = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;

/** A cell's value on one line and short enough for a table; long texts end with "…". */
export function shortValue(value: string | undefined): string {
  if (value === undefined) return '';
  const flat = value.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > VALUE_WIDTH ? `${chars.slice(0, VALUE_WIDTH - 1).join('')}…` : flat === '' ? '«»' : flat;
}

/** "error [required]: the cell is empty…" — the code is what the guide's table explains. */
export function describeProblem(p: Problem, lang: Lang): string {
  const kind = p.severity === 'error' ? words(lang).error : words(lang).warning;
  return `${kind} [${p.code}]: ${problemMessage(lang, p)}`;
}

/** Problems grouped by file (files sorted), each file's rows in order. */
export function byFile(problems: readonly Problem[]): Array<[string, Problem[]]> {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) groups.set(p.file, [...(groups.get(p.file) ?? []), p]);
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, list]) => [file, [...list].sort((a, b) => (a.row ?? 0) - (b.row ?? 0))]);
}

/** One line of a report: a problem, or the same problem in many rows of one column. */
export interface ReportLine {
  row: string;
  column: string;
  value: string;
  text: string;
  severity: Problem['severity'];
  problem: Problem;
  count: number;
}

/** From this many rows on, the same problem in one column is one line. */
export const GROUP_FROM = 4;
/** Rows a grouped line names before "…". */
const FIRST_ROWS = 5;

/**
 * The problems of one file as lines: the same message (same code, column and fix) in many rows
 * is one line with the count and the first rows, so a bad year column of 10 000 rows is one line.
 * @example reportLines([...10 000 not-a-number problems in column year...], 'ru')[0].row // '2, 3, 4, 5, 6, …'
 */
export function reportLines(problems: readonly Problem[], lang: Lang): ReportLine[] {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const text = describeProblem(p, lang);
    const key = `${p.severity}\u0000${p.column ?? ''}\u0000${text}`;
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  const w = words(lang);
  const lines: ReportLine[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    if (list.length < GROUP_FROM || list.some((p) => p.row === undefined)) {
      for (const p of list) {
        lines.push({ row: p.row === undefined ? '—' : String(p.row), column: p.column ?? '—', value: shortValue(p.value), text: describeProblem(p, lang), severity: p.severity, problem: p, count: 1 });
      }
      continue;
    }
    const rows = list.slice(0, FIRST_ROWS).map((p) => String(p.row)).join(', ') + (list.length > FIRST_ROWS ? ', …' : '');
    const same = list.every((p) => p.value === first.value);
    const kind = first.severity === 'error' ? w.error : w.warning;
    lines.push({
      row: rows,
      column: first.column ?? '—',
      value: same ? shortValue(first.value) : w.various,
      text: `${kind} [${first.code}] ${w.times(list.length)}: ${problemMessage(lang, first)}`,
      severity: first.severity,
      problem: first,
      count: list.length,
    });
  }
  return lines.sort((a, b) => (a.problem.row ?? 0) - (b.problem.row ?? 0));
}

/** One file's aligned table, indented under the file's name. */
export function fileTable(problems: readonly Problem[], lang: Lang): string[] {
  const w = words(lang);
  const rows = reportLines(problems, lang).map((l) => [l.row, l.column, l.value, l.text] as const);
  const head = [w.row, w.column, w.value, w.problem] as const;
  const widths = [0, 1, 2].map((i) => Math.max(width(head[i]!), ...rows.map((r) => width(r[i]!))));
  const line = (r: readonly string[]) => `  ${padLeft(r[0]!, widths[0]!)} | ${pad(r[1]!, widths[1]!)} | ${pad(r[2]!, widths[2]!)} | ${r[3]}`;
  const rule = `  ${'-'.repeat(widths[0]!)}-+-${'-'.repeat(widths[1]!)}-+-${'-'.repeat(widths[2]!)}-+-${'-'.repeat(width(head[3]))}`;
  return [line(head), rule, ...rows.map(line)];
}

export function summaryLine(problems: readonly Problem[], lang: Lang): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const files = new Set(problems.map((p) => p.file)).size;
  const w = words(lang);
  return `${errors === 0 ? `${w.ok} ` : ''}${w.summary(errors, problems.length - errors, files)}`;
}

/** The whole report as printed by `npm run validate`. */
export function textReport(problems: readonly Problem[], lang: Lang, dir: string, municipalities: number): string {
  const w = words(lang);
  const lines = [`${w.title}: ${dir} (${municipalities})`];
  for (const [file, list] of byFile(problems)) lines.push('', file, ...fileTable(list, lang));
  lines.push('');
  if (problems.length > 0) lines.push(w.guide);
  lines.push(summaryLine(problems, lang));
  return lines.join('\n');
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub workflow commands: each problem becomes an annotation on its file and line
 * (a CSV row number is its line number), visible in the pull request.
 */
export function githubAnnotations(problems: readonly Problem[], lang: Lang, dir: string): string[] {
  return byFile(problems).flatMap(([, list]) =>
    reportLines(list, lang).map(({ problem: p, count, text }) => {
      const path = relative(process.cwd(), join(dir, p.file)).split('\\').join('/');
      const props = [`file=${escapeProperty(path)}`];
      if (p.row !== undefined) props.push(`line=${p.row}`);
      const value = p.value === undefined ? undefined : p.value.trim() === '' ? '«»' : `«${shortValue(p.value)}»`;
      const where = [p.column, value].filter(Boolean).join(' ');
      props.push(`title=${escapeProperty(`${p.code}${where ? ` — ${where}` : ''}`)}`);
      const message = count > 1 ? text.slice(text.indexOf(']') + 2) : problemMessage(lang, p);
      return `::${p.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(message)}`;
    }),
  );
}

const md = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\n/g, ' ');

/** The report as Markdown, for the GitHub job summary page. */
export function markdownReport(problems: readonly Problem[], lang: Lang, dir: string): string {
  const w = words(lang);
  const out = [`## ${w.title}: ${md(dir)}`, '', summaryLine(problems, lang), ''];
  for (const [file, list] of byFile(problems)) {
    out.push(`### ${md(file)}`, '', `| ${w.row} | ${w.column} | ${w.value} | ${w.problem} |`, '| ---: | --- | --- | --- |');
    for (const l of reportLines(list, lang)) out.push(`| ${md(l.row)} | ${md(l.column)} | ${md(l.value)} | ${md(l.text)} |`);
    out.push('');
  }
  if (problems.length > 0) out.push(w.guide, '');
  return out.join('\n');
}

/** The Markdown report in each language, one after the other: staff read Russian or Kyrgyz. */
export function markdownReports(problems: readonly Problem[], langs: readonly Lang[], dir: string): string {
  return langs.map((lang) => markdownReport(problems, lang, dir)).join('\n');
}
