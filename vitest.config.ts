import { defineConfig } from 'vitest/config';

// Tests mirror src/. The built-site tests share one build of the bundled data (global setup).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
