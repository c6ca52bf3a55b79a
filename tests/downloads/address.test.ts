/** The address of /data/ that the publish step writes into datapackage.json and the README: the pages' own base. */
import { expect, it } from 'vitest';
import { dataBaseUrl, siteAddress } from '../../src/downloads/address.ts';

it.each([
  ['https://example.org', undefined, 'https://example.org/data/'],
  ['https://example.org', '/', 'https://example.org/data/'],
  ['https://user.github.io', '/repo/', 'https://user.github.io/repo/data/'],
  ['https://user.github.io/', '/repo', 'https://user.github.io/repo/data/'],
])('SITE=%s BASE=%s → %s', (site, base, url) => {
  expect(dataBaseUrl(site, base).href).toBe(url);
});

it('defaults to the address astro.config.mjs uses', () => {
  expect(siteAddress({})).toBe('https://example.org');
  expect(siteAddress({ SITE: 'https://budget.kg' })).toBe('https://budget.kg');
});
