/**
 * What changed between two releases of the data: per dataset and municipality, the rows
 * added and removed (by the dataset's key), the cells changed (old → new), and each numeric
 * column's total before and after. Rows are compared by their values as read, so re-saving a
 * file with other separators is no change. Pure functions over loaded data.
 */
import { columnMeta } from '../datasets/define.ts';
import type { MunicipalityData } from '../datasets/load.ts';
import { datasetNames, datasets, type DatasetName } from '../datasets/registry.ts';

export type Cell = string | number | boolean | string[] | null;
export interface CellChange {
  column: string;
  old: Cell;
  new: Cell;
}
export interface RowChange {
  key: string;
  cells: CellChange[];
}
export interface TableChanges {
  dataset: DatasetName | 'municipality';
  municipality: string;
  added: Array<Record<string, Cell>>;
  removed: Array<Record<string, Cell>>;
  changed: RowChange[];
  totals: Array<{ column: string; before: number | null; after: number | null }>;
}

const plain = (v: unknown): Cell => (v === undefined ? null : Array.isArray(v) ? v.map(String) : typeof v === 'object' && v !== null ? JSON.stringify(v) : (v as Cell));
const same = (a: Cell, b: Cell) => JSON.stringify(a) === JSON.stringify(b);

function record(row: Record<string, unknown>, columns: readonly string[]): Record<string, Cell> {
  return Object.fromEntries(columns.map((c) => [c, plain(row[c])]));
}

export const rowKey = (row: Record<string, unknown>, key: readonly string[]) => key.map((k) => String(row[k] ?? '')).join(' · ');

function total(rows: ReadonlyArray<Record<string, unknown>>, column: string): number | null {
  let sum: number | null = null;
  for (const r of rows) if (typeof r[column] === 'number') sum = Math.round(((sum ?? 0) + (r[column] as number)) * 100) / 100;
  return sum;
}

function diffTable(name: DatasetName, municipality: string, before: ReadonlyArray<Record<string, unknown>>, after: ReadonlyArray<Record<string, unknown>>): TableChanges | undefined {
  const d = datasets[name];
  const meta = columnMeta(d);
  const columns = meta.map(([c]) => c);
  const old = new Map(before.map((r) => [rowKey(r, d.key), r]));
  const now = new Map(after.map((r) => [rowKey(r, d.key), r]));
  const out: TableChanges = { dataset: name, municipality, added: [], removed: [], changed: [], totals: [] };
  for (const [k, r] of now) {
    const o = old.get(k);
    if (!o) {
      out.added.push(record(r, columns));
      continue;
    }
    const cells = columns.flatMap((c) => (same(plain(o[c]), plain(r[c])) ? [] : [{ column: c, old: plain(o[c]), new: plain(r[c]) }]));
    if (cells.length) out.changed.push({ key: k, cells });
  }
  for (const [k, r] of old) if (!now.has(k)) out.removed.push(record(r, columns));
  if (!out.added.length && !out.removed.length && !out.changed.length) return undefined;
  for (const [c, m] of meta) {
    if (m.type !== 'number' && m.type !== 'integer') continue;
    const b = total(before, c);
    const a = total(after, c);
    if (b !== a) out.totals.push({ column: c, before: b, after: a });
  }
  return out;
}

/** Every change from `before` to `after`, by municipality then dataset; the profile counts as one row. */
export function dataChanges(before: readonly MunicipalityData[], after: readonly MunicipalityData[]): TableChanges[] {
  const old = new Map(before.map((m) => [m.profile.id, m]));
  const ids = [...new Set([...before, ...after].map((m) => m.profile.id))].sort();
  const now = new Map(after.map((m) => [m.profile.id, m]));
  const out: TableChanges[] = [];
  for (const id of ids) {
    const o = old.get(id);
    const n = now.get(id);
    for (const name of datasetNames) {
      const c = diffTable(name, id, (o?.tables[name] ?? []) as Array<Record<string, unknown>>, (n?.tables[name] ?? []) as Array<Record<string, unknown>>);
      if (c) out.push(c);
    }
    const op = o && JSON.stringify(o.profile);
    const np = n && JSON.stringify(n.profile);
    if (op !== np) {
      const keys = [...new Set([...Object.keys(o?.profile ?? {}), ...Object.keys(n?.profile ?? {})])];
      const cells = o && n ? keys.flatMap((k) => (same(plain((o.profile as Record<string, unknown>)[k]), plain((n.profile as Record<string, unknown>)[k])) ? [] : [{ column: k, old: plain((o.profile as Record<string, unknown>)[k]), new: plain((n.profile as Record<string, unknown>)[k]) }])) : [];
      out.push({ dataset: 'municipality', municipality: id, added: o ? [] : [{ id }], removed: n ? [] : [{ id }], changed: cells.length ? [{ key: id, cells }] : [], totals: [] });
    }
  }
  return out;
}

/** The change of one cell, if any: what the "corrected" marker shows beside a figure. */
export function cellChange(changes: readonly TableChanges[], dataset: string, municipality: string, key: string, column: string): CellChange | undefined {
  return changes.find((c) => c.dataset === dataset && c.municipality === municipality)?.changed.find((r) => r.key === key)?.cells.find((c) => c.column === column);
}
