/**
 * /data/ for the Astro commands run on their own. `npm run build` publishes the downloads before
 * the pages (src/cli/build.ts) and names the folder in KG_PUBLISH_DIR; without it, `astro dev`
 * and a bare `astro build` publish once into DEFAULT_PUBLISH_DIR: the dev server serves those
 * files (endpoint.ts), the build copies them into its output.
 */
import type { AstroIntegration } from 'astro';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataBaseUrl, siteAddress } from './address.ts';
import { DEFAULT_PUBLISH_DIR, PUBLISH_DIR_ENV } from './manifest.ts';
import { publishAll } from './publish.ts';

export default function downloads(): AstroIntegration {
  let own = false;
  return {
    name: 'kg-open-budget:downloads',
    hooks: {
      'astro:config:setup': async ({ command, config, injectRoute, logger }) => {
        if (command === 'dev') injectRoute({ pattern: '/data/[...file]', entrypoint: new URL('./endpoint.ts', import.meta.url) });
        if (process.env[PUBLISH_DIR_ENV] || (command !== 'dev' && command !== 'build')) return;
        const manifest = await publishAll({ dataDir: process.env.DATA_DIR ?? 'data', outDir: DEFAULT_PUBLISH_DIR, site: dataBaseUrl(config.site ?? siteAddress(), config.base) });
        process.env[PUBLISH_DIR_ENV] = DEFAULT_PUBLISH_DIR;
        own = true;
        logger.info(`${manifest.files.length} files published to ${DEFAULT_PUBLISH_DIR}/data/`);
      },
      'astro:build:done': ({ dir }) => {
        if (own) cpSync(join(DEFAULT_PUBLISH_DIR, 'data'), fileURLToPath(new URL('data/', dir)), { recursive: true });
      },
    },
  };
}
