/**
 * Reads a chart's numbers from its HTML table: row labels from the row headers, series from
 * the columns marked `data-series`, values from `data-value`. Pure over a Document so it can
 * be tested; the chart therefore cannot show numbers the table does not.
 */
export interface TableData {
  labels: string[];
  series: Array<{ label: string; values: Array<number | null> }>;
}

export function readTable(table: HTMLTableElement): TableData {
  const heads = [...table.querySelectorAll('thead th')];
  const seriesCols = heads.flatMap((th, i) => (th.hasAttribute('data-series') ? [i] : []));
  const rows = [...table.querySelectorAll('tbody tr')];
  const labels = rows.map((tr) => (tr.querySelector('th')?.textContent ?? '').replace(/\[\d+\]\s*$/, '').trim());
  const series = seriesCols.map((col) => ({
    label: (heads[col]?.textContent ?? '').trim(),
    values: rows.map((tr) => {
      const raw = tr.children[col]?.getAttribute('data-value');
      return raw === null || raw === undefined || raw === '' ? null : Number(raw);
    }),
  }));
  return { labels, series };
}
