/**
 * Draws one chart with Chart.js, registering only the pieces the three chart kinds need
 * (bars, stacked bars, doughnuts) to keep the bundle small. Values are formatted in the
 * page's language.
 */
import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, Tooltip } from 'chart.js';
import { colour } from './palette.ts';
import { readTable } from './table-data.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Legend, Tooltip);

const LOCALES: Record<string, string> = { ky: 'ky-KG', ru: 'ru-RU', en: 'en' };

export function drawChart(figure: HTMLElement): Chart | undefined {
  const table = document.getElementById(figure.dataset.table ?? '') as HTMLTableElement | null;
  const canvas = figure.querySelector('canvas');
  if (!table || !canvas) return undefined;
  const { labels, series } = readTable(table);
  const kind = figure.dataset.chart;
  const locale = LOCALES[document.documentElement.lang] ?? 'en';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
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
              x: { stacked: kind === 'stacked', ticks: { callback: (v: string | number) => (kind === 'stacked' ? number.format(Number(v)) : labels[Number(v)] ?? v) } },
              y: { stacked: kind === 'stacked', ticks: { callback: (v: string | number) => (kind === 'stacked' ? labels[Number(v)] ?? v : number.format(Number(v))) } },
            },
          },
        });
  // What the chart holds, for the browser tests to compare with the table (Chart.js keeps its
  // instances private to this bundle).
  figure.dataset.values = JSON.stringify({ labels: chart.data.labels, series: chart.data.datasets.map((d) => ({ label: d.label, values: d.data })) });
  figure.dataset.drawn = 'true';
  return chart;
}
