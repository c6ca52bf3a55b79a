/**
 * Publishes /data/. During `astro build` the downloads are written straight to dist/data/ as
 * they are made (output.ts); the dev server gets an endpoint that makes a file when asked.
 *
 * The integration runs in Astro's config loader and the pages in the prerender bundle: two
 * copies of this module in one process. They share the output folder through `globalThis`.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildsNationalPages } from '../build/shards.ts';

const KEY = Symbol.for('kg-open-budget.downloads');

interface BuildState {
  /** dist/data/ as a path. */
  dir: string;
  /** Files written, once the catalogue has been made. */
  files?: number;
}

const store = globalThis as { [KEY]?: BuildState };

/** The folder to write downloads to, when this process is running `astro build`. */
export function buildOutput(): { dir: string; written(files: number): void } | undefined {
  const state = store[KEY];
  return state && { dir: state.dir, written: (files) => void (state.files = files) };
}

export default function downloads(): AstroIntegration {
  let command = '';
  return {
    name: 'kg-open-budget:downloads',
    hooks: {
      'astro:config:setup': ({ command: c, injectRoute }) => {
        command = c;
        if (c === 'dev') injectRoute({ pattern: '/data/[...file]', entrypoint: new URL('./endpoint.ts', import.meta.url) });
      },
      'astro:config:done': ({ config }) => {
        if (command === 'build') store[KEY] = { dir: fileURLToPath(new URL('data/', config.outDir)) };
      },
      'astro:build:done': ({ logger }) => {
        const files = store[KEY]?.files;
        delete store[KEY];
        // The catalogue pages make the downloads; a build without them would publish no data.
        if (!files && buildsNationalPages()) throw new Error('dist/data/ was not written: no page built the data catalogue (src/pages/[lang]/data/)');
        if (files) logger.info(`${files} files in data/`);
      },
    },
  };
}
