/**
 * The published limits of static hosts a national site could go to, and whether a built
 * folder fits them. Each limit cites the page it comes from (checked 2026-12-01); hosts
 * change them, so BENCHMARKS.md gives the same sources.
 */
export interface HostLimits {
  name: string;
  /** Where the limits are published. */
  source: string;
  totalBytes?: number;
  files?: number;
  fileBytes?: number;
  filesPerFolder?: number;
}

const GB = 1e9;
const MIB = 1024 * 1024;

export const HOSTS: readonly HostLimits[] = [
  { name: 'GitHub Pages', source: 'https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits', totalBytes: 1 * GB },
  { name: 'Cloudflare Pages (Free)', source: 'https://developers.cloudflare.com/pages/platform/limits/', files: 20_000, fileBytes: 25 * MIB },
  { name: 'Cloudflare Pages (paid)', source: 'https://developers.cloudflare.com/pages/platform/limits/', files: 100_000, fileBytes: 25 * MIB },
  { name: 'Netlify', source: 'https://docs.netlify.com/site-deploys/overview/', filesPerFolder: 54_000 },
];

export interface FileEntry {
  /** Relative to the published folder, with "/" separators. */
  path: string;
  bytes: number;
}

export interface HostFit {
  host: string;
  fits: boolean;
  /** The limits the folder passes, in words; empty when it fits. */
  over: string[];
}

const parent = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));

/** Whether the files fit each host's limits, and which limits they pass. */
export function hostFit(files: readonly FileEntry[], hosts: readonly HostLimits[] = HOSTS): HostFit[] {
  const total = files.reduce((s, f) => s + f.bytes, 0);
  const largest = files.reduce<FileEntry | undefined>((a, f) => (!a || f.bytes > a.bytes ? f : a), undefined);
  const perFolder = new Map<string, number>();
  for (const f of files) perFolder.set(parent(f.path), (perFolder.get(parent(f.path)) ?? 0) + 1);
  const [fullest, fullestCount] = [...perFolder].reduce<[string, number]>((a, e) => (e[1] > a[1] ? e : a), ['', 0]);
  return hosts.map((h) => {
    const over: string[] = [];
    if (h.totalBytes !== undefined && total > h.totalBytes) over.push(`${(total / GB).toFixed(2)} GB > ${(h.totalBytes / GB).toFixed(2)} GB in all`);
    if (h.files !== undefined && files.length > h.files) over.push(`${files.length} files > ${h.files}`);
    if (h.fileBytes !== undefined && largest && largest.bytes > h.fileBytes) over.push(`${largest.path} is ${(largest.bytes / MIB).toFixed(1)} MiB > ${h.fileBytes / MIB} MiB`);
    if (h.filesPerFolder !== undefined && fullestCount > h.filesPerFolder) over.push(`${fullest || '/'} holds ${fullestCount} files > ${h.filesPerFolder}`);
    return { host: h.name, fits: over.length === 0, over };
  });
}
