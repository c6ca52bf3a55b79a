/**
 * Bulk downloads as release assets. At national scale the combined tables (every municipality
 * in one file, in three forms), every municipality's Excel and JSON copies and all.zip are most
 * of /data/'s bytes (about 1.9 GB at 480 municipalities × 10 years): more than GitHub Pages
 * publishes (1 GB for the whole site) and a third of its files. With KG_RELEASE_URL set (the
 * workflow sets it for the site it deploys), the combined files and all.zip are written beside
 * the site instead, to be attached to a GitHub release (2 GiB a file, 1 000 files a release:
 * they are about 60), and the catalogue links their release addresses with size and hash. The
 * site keeps each municipality's own tables as CSV (what its pages link); their Excel and JSON
 * forms are then only in the combined files. Without it (a local build, the tests) everything
 * stays under /data/ as before.
 */

/** The address releases are downloaded from, ending in "/", e.g. https://github.com/<owner>/<repo>/releases/download/. */
export const RELEASE_URL_ENV = 'KG_RELEASE_URL';

export interface ReleaseAssets {
  /** The release's tag, one per data version. */
  tag: string;
  /** The address of its files, ending in "/". */
  base: string;
}

/** A tag per data version: "0.1.12+ab12cd34" → "data-0.1.12-ab12cd34" (no "+" in tags or addresses). */
export const releaseTag = (version: string): string => `data-${version.replace(/[^\w.-]/g, '-')}`;

/** A release holds files, not folders: "excel/budget.csv" → "excel-budget.csv". */
export const assetName = (path: string): string => path.replace(/\//g, '-');

export function releaseAssets(version: string, env: NodeJS.ProcessEnv = process.env): ReleaseAssets | undefined {
  const url = env[RELEASE_URL_ENV]?.trim();
  if (!url) return undefined;
  if (!/^https:\/\/\S+\/$/.test(url)) throw new Error(`${RELEASE_URL_ENV} must be an https address ending in "/" (got "${url}")`);
  const tag = releaseTag(version);
  return { tag, base: `${url}${encodeURIComponent(tag)}/` };
}

/** Beside `data/` in the publish folder: the release assets and the list the workflow uploads from. */
export const RELEASE_FOLDER = 'release';
export const releaseListPath = (dir: string) => `${dir}/release.assets.json`;

/** What the workflow attaches to the release `tag`. */
export interface ReleaseList extends ReleaseAssets {
  files: Array<{ name: string; path: string; bytes: number; sha256: string; url: string }>;
}

/** The folder beside a site where its release assets are written, and the file that names the release. */
export const releaseDirOf = (outDir: string) => `${outDir}.release`;
export const releaseListOf = (outDir: string) => `${outDir}.release.json`;
