/**
 * `data/sources.json` in its hand-written layout: objects one key a line, arrays of plain
 * values inline, so adding an entry changes only that entry's lines.
 */
export function formatSourcesJson(entries: ReadonlyArray<Record<string, unknown>>): string {
  const value = (v: unknown): string => (Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : JSON.stringify(v));
  const entry = (e: Record<string, unknown>) =>
    `  {\n${Object.entries(e)
      .map(([k, v]) => `    ${JSON.stringify(k)}: ${value(v)}`)
      .join(',\n')}\n  }`;
  return entries.length === 0 ? '[]\n' : `[\n${entries.map(entry).join(',\n')}\n]\n`;
}
