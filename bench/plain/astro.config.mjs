// @ts-check
// A plain Astro site: the baseline `npm run bench` compares the project's build with.
// One route renders PLAIN_PAGES pages of a typical size (a heading, a paragraph, a 20-row
// table), with Astro's defaults except the output folder the bench gives.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
