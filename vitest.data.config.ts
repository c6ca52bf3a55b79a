import { defineConfig } from 'vitest/config';

// `npm run check:data`: the data check run on data/ (or DATA_DIR) — validate, build into dist/ (or
// CHECK_DIST), then generic checks of that site (tests/data-check/). This is what staff's pull requests
// must pass; the tests of the code (vitest.config.ts) run on fixtures under tests/.
export default defineConfig({
  test: {
    include: ['tests/data-check/**/*.check.ts'],
    globalSetup: ['tests/data-check/setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 900_000,
    pool: 'forks',
  },
});
