/**
 * What tests of the code run on: a fixture data folder under `tests/` (a copy of the seed data,
 * changed only by tests' authors) and the site built from it into its own folder. Staff editing
 * `data/` never change what these tests see; `npm run check:data` checks `data/` itself.
 */
export const FIXTURE_DATA = 'tests/fixtures/data';

/** The site the global set-up builds from FIXTURE_DATA (not `dist/`, which is the bundled data's site). */
export const DIST = 'dist-test';
