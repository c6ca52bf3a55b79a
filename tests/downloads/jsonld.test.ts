/** JSON for <script type="application/ld+json">: no markup can survive the escaping, the value stays the same. */
import { describe, expect, it } from 'vitest';
import { datasetJsonLd, escapeJsonForHtml } from '../../src/downloads/jsonld.ts';

const NASTY = ['</script><script>alert(1)</script>', '<!-- x -->', 'a & b', 'line\u2028sep\u2029end', '<img src=x onerror=alert(1)>', 'Жергиликтүү бюджет'];

describe('escapeJsonForHtml', () => {
  it.each(NASTY)('leaves no <, >, & or line separators in %j and keeps its value', (text) => {
    const escaped = escapeJsonForHtml({ name: text, list: [text] });
    expect(escaped).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(escaped)).toEqual({ name: text, list: [text] });
  });

  it('writes the escapes as \\uXXXX', () => {
    expect(escapeJsonForHtml('</script>')).toBe('"\\u003c/script\\u003e"');
    expect(escapeJsonForHtml('a&b\u2028')).toBe('"a\\u0026b\\u2028"');
  });

  it('refuses a value that has no JSON form', () => {
    expect(() => escapeJsonForHtml(undefined)).toThrow();
  });
});

describe('datasetJsonLd', () => {
  it('describes a schema.org Dataset with licence, coverage and downloads', () => {
    const ld = datasetJsonLd({
      name: 'Local budget',
      description: 'Budget lines',
      url: 'https://example.org/en/data/budget/',
      inLanguage: 'en',
      version: '1.0.0',
      dateModified: '2025-01-02T03:04:05+06:00',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      creatorName: 'Open budgets',
      keywords: ['budget'],
      temporalCoverage: '2012/2015',
      places: ['Orozbekov'],
      distribution: [{ name: 'budget.csv', url: 'https://example.org/data/budget.csv', encodingFormat: 'text/csv', bytes: 649 }],
      citation: 'Open budgets: Local budget.',
    });
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      temporalCoverage: '2012/2015',
      spatialCoverage: { '@type': 'Place', containsPlace: [{ '@type': 'Place', name: 'Orozbekov' }] },
      distribution: [{ '@type': 'DataDownload', contentUrl: 'https://example.org/data/budget.csv', encodingFormat: 'text/csv' }],
    });
  });
});
