import { defineConfig } from 'vitest/config';

// Tests of the code mirror src/ and run on fixtures: the fixture data folder tests/fixtures/data, and one
// build of it into dist-test/ (global setup) shared by the built-site tests. The bundled data/ is checked
// by `npm run check:data` (vitest.data.config.ts), which `npm test` runs after these.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build-site.ts'],
    env: { DATA_DIR: 'tests/fixtures/data' },
    testTimeout: 60_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
