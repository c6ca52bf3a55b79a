/**
 * The site's address, from SITE and BASE (a fork publishes under its own address, e.g. GitHub
 * Pages project sites use BASE=/repo/). The publish step reads them here as astro.config.mjs does
 * (same default), so links inside the data documents match the pages.
 */
export const siteAddress = (env: NodeJS.ProcessEnv = process.env): string => env.SITE ?? 'https://example.org';

/** The absolute address of /data/ under `base`. */
export function dataBaseUrl(site: string, base = '/'): URL {
  const folder = `/${base}/`.replace(/\/+/g, '/');
  return new URL(`${folder}data/`, site);
}
