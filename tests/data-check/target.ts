/**
 * What `npm run check:data` checks: the data folder named by DATA_DIR (default the bundled `data/`)
 * and the site built from it into CHECK_DIST (default `dist/`). Only generic checks run on it — no
 * counts, no figures — so they stay green whatever rows staff add, and fail only on real problems.
 */
export const CHECK_DATA = process.env.DATA_DIR ?? 'data';
export const CHECK_DIST = process.env.CHECK_DIST ?? 'dist';
