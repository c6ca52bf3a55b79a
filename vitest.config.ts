import { defineConfig } from 'vitest/config';

// Two projects, one run (`npm test`):
// - code: the tests of the code mirror src/ and run on fixtures — the fixture data folder
//   tests/fixtures/data and one build of it into dist-test/ (global setup) for the built-site tests;
// - data: the data check on data/ (or DATA_DIR) — validate, build into dist/, generic checks of that
//   site (tests/data-check/). It never counts the data, so staff adding a year stay green.
// `npm run test:code` and `npm run check:data` run one project each.
export default defineConfig({
  test: {
    pool: 'forks',
    projects: [
      {
        test: {
          name: 'code',
          include: ['tests/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          env: { DATA_DIR: 'tests/fixtures/data' },
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'data',
          include: ['tests/data-check/**/*.check.ts'],
          globalSetup: ['tests/data-check/setup.ts'],
          testTimeout: 600_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
