// html-validate settings for the built site (used by tests/helpers/html.ts and `npx html-validate dist`).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles name the page, then the municipality, then the site, so the distinguishing
    // part comes first (WCAG 2.4.2); the 70-character default is a search-result display
    // heuristic that municipality names alone nearly fill. A ceiling still catches runaway titles.
    'long-title': ['error', { maxlength: 160 }],
    // Astro's Markdown gives numbered headings ("1. Где лежат данные") ids that start with a
    // digit. HTML allows any id without spaces, and links to them work; the strict form only
    // matters for unescaped CSS selectors, which the site does not use.
    'valid-id': ['error', { relaxed: true }],
  },
};
