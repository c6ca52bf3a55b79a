/**
 * Draws one chart with Chart.js, registering only the pieces the three chart kinds need
 * (bars, stacked bars, doughnuts) to keep the bundle small. Values are formatted in the
 * page's language.
 */
import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, Tooltip } from 'chart.js';
import { LOCALE, type Locale } from '../i18n/langs.ts';
import { colour } from './palette.ts';
import { readTable } from './table-data.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Legend, Tooltip);

/** A long category label on a phone-wide axis: up to three lines of whole words, then "…". */
export function wrapLabel(label: string, width = 22, lines = 3): string | string[] {
  if (label.length <= width) return label;
  const out: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = out.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  if (out.length > lines) return [...out.slice(0, lines - 1), `${out[lines - 1]}…`];
  return out;
}

export function drawChart(figure: HTMLElement): Chart | undefined {
  const table = document.getElementById(figure.dataset.table ?? '') as HTMLTableElement | null;
  const canvas = figure.querySelector('canvas');
  if (!table || !canvas) return undefined;
  const { labels, series } = readTable(table);
  const kind = figure.dataset.chart;
  // Browsers often lack Kyrgyz number data (Chromium falls back to "30,000.5"): the locale table
  // lists the fallbacks, as the tables write numbers.
  const locales = (LOCALE as Record<string, Locale>)[document.documentElement.lang]?.chart ?? ['en'];
  const number = new Intl.NumberFormat([...locales], { maximumFractionDigits: 2 });
  const locale = number.resolvedOptions().locale;
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    locale,
    plugins: {
      legend: { position: 'bottom' as const },
      tooltip: { callbacks: { label: (ctx: { dataset: { label?: string }; raw: unknown }) => `${ctx.dataset.label ?? ''}: ${number.format(Number(ctx.raw))}` } },
    },
  };
  const chart =
    kind === 'doughnut'
      ? new Chart(canvas, {
          type: 'doughnut',
          data: { labels, datasets: [{ label: series[0]?.label ?? '', data: series[0]?.values ?? [], backgroundColor: labels.map((_, i) => colour(i)) }] },
          options: common,
        })
      : new Chart(canvas, {
          type: 'bar',
          data: { labels, datasets: series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: colour(i) })) },
          options: {
            ...common,
            indexAxis: kind === 'stacked' ? ('y' as const) : ('x' as const),
            scales: {
              x: { stacked: kind === 'stacked', ticks: { callback: (v: string | number) => (kind === 'stacked' ? number.format(Number(v)) : wrapLabel(labels[Number(v)] ?? String(v))) } },
              y: { stacked: kind === 'stacked', ticks: { callback: (v: string | number) => (kind === 'stacked' ? wrapLabel(labels[Number(v)] ?? String(v)) : number.format(Number(v))) } },
            },
          },
        });
  // What the chart holds, for the browser tests to compare with the table (Chart.js keeps its
  // instances private to this bundle).
  figure.dataset.values = JSON.stringify({ labels: chart.data.labels, series: chart.data.datasets.map((d) => ({ label: d.label, values: d.data })) });
  figure.dataset.drawn = 'true';
  return chart;
}
