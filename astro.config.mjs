// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import downloads from './src/downloads/integration.ts';

// SITE/BASE let a fork publish under its own address (e.g. GitHub Pages project sites use BASE=/repo/).
export default defineConfig({
  site: process.env.SITE ?? 'https://example.org',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  // concurrency: while one page waits on the disk, the next renders.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // One stylesheet for the whole site, cached after the first page (pages no longer repeat 7 KB of
  // inlined CSS each: 44 % of the HTML bytes at national scale), in one request rather than several.
  vite: { build: { cssCodeSplit: false } },
  integrations: [mdx(), downloads()],
  devToolbar: { enabled: false },
  // Shiki colours code with style attributes, which the policy below blocks (and which add
  // kilobytes to the staff guide); plain code blocks read well enough.
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy <meta> on every page: Astro adds hashes of its own inline styles
  // and scripts, so no inline script from data text could ever run, and nothing loads from
  // other sites (static hosts rarely let us set headers, hence the meta element).
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
