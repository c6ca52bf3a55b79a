/** The benchmark's results, its targets (pass/fail, never asserted) and the printed table. */
import type { BaselineRun } from './baseline.ts';
import type { Determinism } from './determinism.ts';
import type { HostFit } from './hosts.ts';
import type { IncrementalRun } from './incremental.ts';
import type { PageType } from './pages.ts';
import type { StreamBench } from './stream.ts';

export interface BuildRun {
  scale: number;
  /** `astro build` processes the build ran (npm run build splits a large country, one per core). */
  processes: number;
  /** Extra arguments given to npm run build, if any. */
  buildArgs: string;
  municipalities: number;
  years: number;
  exitCode: number | null;
  /** Why the build did not finish, if it did not. */
  aborted: string | null;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  peakRssBytes: number | null;
  distBytes: number;
  distFiles: number;
  /** Which static hosts' published limits the built folder fits. */
  hosts: HostFit[];
  /** The Pagefind index the build wrote (src/build/search.ts): its size and the time it took. */
  search?: { pages: number; files: number; bytes: number; seconds: number } | null;
  /** The bulk downloads written beside the site as release assets (src/downloads/release-assets.ts). */
  release?: { files: number; bytes: number; largestBytes: number } | null;
  /** The site's stylesheet, gzip: a first visit loads it once besides its page. */
  stylesheetGzipBytes?: number | null;
}

export interface Target {
  name: string;
  target: string;
  value: string;
  pass: boolean | null;
}

export interface Results {
  command: string;
  date: string;
  /** Wall time of the whole benchmark run. */
  benchSeconds: number;
  machine: { cpus: number; memoryBytes: number; node: string; note: string };
  options: { municipalities: number; years: number; seed: number; transactions: number; quick: boolean; sourceDateEpoch: string; nodeOptions: string };
  builds: BuildRun[];
  /** The 1× country again in one process with a capped heap: the light build, at its speed. */
  oneProcess: BuildRun | null;
  /** A plain Astro site of the 1× page count, and the project's cost per page over it. */
  baseline: (BaselineRun & { ratios: { time: number | null; memory: number | null } }) | null;
  /** Build time of each scale over the scale half its size. */
  doublings: Array<{ from: number; to: number; timeRatio: number }>;
  pageTypes: PageType[];
  /** At the 1× scale. */
  distFiles: number;
  determinism: Determinism & { scale: number };
  stream: StreamBench;
  /** An incremental build after one municipality's hearings.csv changed (src/bench/incremental.ts). */
  incremental?: IncrementalRun | null;
  targets: Target[];
  warnings: string[];
}

const KIB = 1024;
const MIB = 1024 * 1024;

export const fmtBytes = (n: number | null) =>
  n === null ? 'n/a' : n >= MIB ? `${(n / MIB).toFixed(1)} MiB` : n >= KIB ? `${(n / KIB).toFixed(1)} KiB` : `${n} B`;

export function evaluateTargets(r: Omit<Results, 'targets' | 'warnings'>): Target[] {
  const full = r.builds.find((b) => b.scale === 1);
  const peak = full && !full.aborted ? full.peakRssBytes : null;
  const one = r.oneProcess && !r.oneProcess.aborted ? r.oneProcess : null;
  const worstDoubling = r.doublings.length ? Math.max(...r.doublings.map((d) => d.timeRatio)) : null;
  const charted = r.pageTypes.filter((t) => t.chartPages > 0);
  const chartGzip = charted.length ? Math.max(...charted.map((t) => t.js.after.gzip)) : 0;
  const heaviestHtml = r.pageTypes.reduce<PageType | undefined>((a, t) => (!a || t.gzipBytes.max > a.gzipBytes.max ? t : a), undefined);
  const jsWithout = r.pageTypes.reduce((s, t) => s + t.jsWithoutChart, 0);
  // The budget's pages: the section, each year, each group of "of which" lines (paged).
  const budgetTypes = r.pageTypes.filter((t) => t.name === 'budget' || t.name.startsWith('budget-'));
  const heaviestBudget = budgetTypes.reduce<PageType | undefined>((a, t) => (!a || t.gzipBytes.max > a.gzipBytes.max ? t : a), undefined);
  const budgetPages = budgetTypes.reduce((n, t) => n + t.pages, 0);
  // The national pages of issue 16: comparisons (paged by region), the change log, search.
  const nationalTypes = r.pageTypes.filter((t) => t.name === 'compare' || t.name.startsWith('compare-') || t.name === 'changes' || t.name === 'search');
  const heaviestNational = nationalTypes.reduce<PageType | undefined>((a, t) => (!a || t.gzipBytes.max > a.gzipBytes.max ? t : a), undefined);
  return [
    { name: 'build speed (1×)', target: '≥ 1000 pages/s', value: full ? `${full.pagesPerSecond.toFixed(0)} pages/s` : 'n/a', pass: full && !full.aborted ? full.pagesPerSecond >= 1000 : null },
    { name: `build peak RSS (1×, ${full?.processes ?? 1} process${full?.processes === 1 ? '' : 'es'})`, target: '≤ 1.5 GB', value: fmtBytes(peak), pass: peak === null ? null : peak <= 1.5e9 },
    ...(one
      ? [
          { name: `build speed (1×, ${one.buildArgs})`, target: '≥ 1000 pages/s', value: `${one.pagesPerSecond.toFixed(0)} pages/s`, pass: one.pagesPerSecond >= 1000 },
          { name: `build peak RSS (1×, ${one.buildArgs})`, target: '≤ 1.5 GB', value: fmtBytes(one.peakRssBytes), pass: one.peakRssBytes === null ? null : one.peakRssBytes <= 1.5e9 },
        ]
      : []),
    { name: 'build wall time (1×, default build)', target: '≤ 90 s', value: full ? `${full.seconds.toFixed(1)} s` : 'n/a', pass: full && !full.aborted ? full.seconds <= 90 : null },
    { name: 'dist size (1×)', target: '≤ 1 GiB', value: full ? fmtBytes(full.distBytes) : 'n/a', pass: full && !full.aborted ? full.distBytes <= 1024 ** 3 : null },
    { name: 'dist files (1×)', target: '≤ 100 000', value: full ? String(full.distFiles) : 'n/a', pass: full && !full.aborted ? full.distFiles <= 100_000 : null },
    ...(full && !full.aborted ? full.hosts.map((h) => ({ name: `fits ${h.host} (1×)`, target: 'fits', value: h.fits ? 'fits' : h.over.join('; '), pass: h.fits })) : []),
    { name: 'time per page / plain Astro (1×)', target: '≤ 0.7×', value: r.baseline?.ratios.time == null ? 'n/a' : `${r.baseline.ratios.time.toFixed(2)}×`, pass: r.baseline?.ratios.time == null ? null : r.baseline.ratios.time <= 0.7 },
    { name: 'peak memory / plain Astro (1×)', target: '≤ 0.6×', value: r.baseline?.ratios.memory == null ? 'n/a' : `${r.baseline.ratios.memory.toFixed(2)}×`, pass: r.baseline?.ratios.memory == null ? null : r.baseline.ratios.memory <= 0.6 },
    { name: 'time per doubling (worst)', target: '≤ 2.1×', value: worstDoubling === null ? 'n/a' : `${worstDoubling.toFixed(2)}×`, pass: worstDoubling === null ? null : worstDoubling <= 2.1 },
    { name: 'HTML gzip, heaviest page type (max)', target: '≤ 14 KiB', value: heaviestHtml ? `${fmtBytes(heaviestHtml.gzipBytes.max)} (${heaviestHtml.name})` : 'n/a', pass: heaviestHtml ? heaviestHtml.gzipBytes.max <= 14 * KIB : null },
    {
      name: `budget pages: heaviest (${budgetPages} pages: ${budgetTypes.map((t) => `${t.name} ${t.pages}`).join(', ')})`,
      target: '≤ 14 KiB',
      value: heaviestBudget ? `${fmtBytes(heaviestBudget.gzipBytes.max)} (${heaviestBudget.name})` : 'n/a',
      pass: heaviestBudget ? heaviestBudget.gzipBytes.max <= 14 * KIB : null,
    },
    {
      name: `national pages: heaviest (${nationalTypes.map((t) => `${t.name} ${t.pages}`).join(', ') || 'none'})`,
      target: '≤ 14 KiB',
      value: heaviestNational ? `${fmtBytes(heaviestNational.gzipBytes.max)} (${heaviestNational.name})` : 'n/a',
      pass: heaviestNational ? heaviestNational.gzipBytes.max <= 14 * KIB : null,
    },
    ...(full?.release
      ? [
          { name: 'release assets (1×): files', target: '≤ 1000 a release', value: String(full.release.files), pass: full.release.files <= 1000 },
          { name: 'release assets (1×): largest file', target: '≤ 2 GiB', value: fmtBytes(full.release.largestBytes), pass: full.release.largestBytes <= 2 * 1024 ** 3 },
        ]
      : []),
    ...(full?.stylesheetGzipBytes != null && heaviestHtml
      ? [{ name: 'heaviest page + the stylesheet, first visit (gzip)', target: '≤ 14 KiB', value: fmtBytes(heaviestHtml.gzipBytes.max + full.stylesheetGzipBytes), pass: heaviestHtml.gzipBytes.max + full.stylesheetGzipBytes <= 14 * KIB }]
      : []),
    ...(full?.search ? [{ name: 'search index (1×)', target: 'reported', value: `${fmtBytes(full.search.bytes)}, ${full.search.seconds.toFixed(1)} s`, pass: null }] : []),
    { name: 'pages without charts that load JS', target: '0', value: String(jsWithout), pass: jsWithout === 0 },
    { name: 'chart code after a chart is seen (gzip)', target: '≤ 70 KiB', value: charted.length ? fmtBytes(chartGzip) : 'no charts', pass: charted.length ? chartGzip <= 70 * KIB : null },
    { name: 'validator time / bare papaparse', target: '≤ 2×', value: `${r.stream.timeRatio.toFixed(2)}×`, pass: r.stream.timeRatio <= 2 },
    { name: 'validator peak RSS', target: '≤ 200 MiB', value: fmtBytes(r.stream.validator.peakRssBytes), pass: r.stream.validator.peakRssBytes <= 200 * MIB },
    ...(r.incremental ? [{ name: `incremental build, 1 municipality changed (1×; ${r.incremental.fullBuildBecause ? `full: ${r.incremental.fullBuildBecause}` : `${r.incremental.rendered} rendered`}; full ${r.incremental.fullSeconds.toFixed(0)} s)`, target: '≤ 20 s', value: `${r.incremental.seconds.toFixed(1)} s`, pass: r.incremental.exitCode === 0 ? r.incremental.seconds <= 20 : false }] : []),
    { name: 'downloads identical on rebuild', target: 'identical', value: r.determinism.status, pass: r.determinism.status === 'n/a' ? null : r.determinism.status === 'identical' },
  ];
}

const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
};

export function printResults(r: Results): string {
  const out: string[] = [];
  out.push(`Builds (DATA_DIR=<synthetic country> npm run build)`);
  const row = (b: BuildRun, label = `${b.scale}×`) => [label, String(b.municipalities), String(b.processes), String(b.pages), b.seconds.toFixed(1), b.pagesPerSecond.toFixed(0), fmtBytes(b.peakRssBytes), fmtBytes(b.distBytes), String(b.distFiles), b.aborted ?? (b.exitCode === 0 ? 'ok' : `exit ${b.exitCode}`)];
  out.push(table([
    ['scale', 'municipalities', 'processes', 'pages', 'seconds', 'pages/s', 'peak RSS', 'dist', 'files', 'status'],
    ...r.builds.map((b) => row(b)),
    ...(r.oneProcess ? [row(r.oneProcess, `${r.oneProcess.scale}× ${r.oneProcess.buildArgs}`)] : []),
  ]));
  if (r.baseline) out.push(`plain Astro, same page count: ${r.baseline.pages} pages in ${r.baseline.seconds.toFixed(1)} s, peak RSS ${fmtBytes(r.baseline.peakRssBytes)}`);
  out.push(r.doublings.map((d) => `time ${d.from}× → ${d.to}×: ${d.timeRatio.toFixed(2)}×`).join('; '));
  for (const b of r.builds) if (b.release) out.push(`release assets ${b.scale}×: ${b.release.files} files, ${fmtBytes(b.release.bytes)} (largest ${fmtBytes(b.release.largestBytes)}), beside the site, not in it`);
  for (const b of r.builds) if (b.stylesheetGzipBytes != null) out.push(`stylesheet ${b.scale}×: ${fmtBytes(b.stylesheetGzipBytes)} gzip, once per visit`);
  for (const b of r.builds) if (b.search) out.push(`search index ${b.scale}×: ${b.search.pages} pages, ${b.search.files} files, ${fmtBytes(b.search.bytes)}, built in ${b.search.seconds.toFixed(1)} s (part of the build time)`);
  out.push(`\nPage weight per page type (1×; gzip median/max over ${r.pageTypes.reduce((s, t) => s + t.gzipMeasured, 0)} gzipped pages)`);
  out.push(table([
    ['type', 'pages', 'html med', 'html max', 'gzip med', 'gzip max', 'charts', 'JS before (gz)', 'JS after (gz)'],
    ...r.pageTypes.map((t) => [t.name, String(t.pages), fmtBytes(t.htmlBytes.median), fmtBytes(t.htmlBytes.max), fmtBytes(t.gzipBytes.median), fmtBytes(t.gzipBytes.max), String(t.chartPages), fmtBytes(t.js.before.gzip), fmtBytes(t.js.after.gzip)]),
  ]));
  const s = r.stream;
  out.push(`\nStreaming ${s.validator.rows} rows (${fmtBytes(s.bytes)})`);
  out.push(table([
    ['', 'seconds', 'rows/s', 'peak RSS'],
    ['validator', s.validator.seconds.toFixed(2), String(s.validator.rowsPerSecond), fmtBytes(s.validator.peakRssBytes)],
    ['bare papaparse', s.papaparse.seconds.toFixed(2), String(s.papaparse.rowsPerSecond), fmtBytes(s.papaparse.peakRssBytes)],
  ]));
  out.push(`\nDownloads on rebuild (${r.determinism.scale}×): ${r.determinism.status}${r.determinism.files ? ` (${r.determinism.files} files)` : ''}`);
  out.push(`\nTargets (reported, not enforced)`);
  out.push(table([['target', 'wanted', 'measured', ''], ...r.targets.map((t) => [t.name, t.target, t.value, t.pass === null ? 'n/a' : t.pass ? 'pass' : 'FAIL'])]));
  out.push(`\nWhole benchmark: ${(r.benchSeconds / 60).toFixed(1)} min`);
  if (r.warnings.length) out.push(`\n${r.warnings.map((w) => `! ${w}`).join('\n')}`);
  return out.join('\n');
}
