/**
 * Old addresses of records (issue 17: a hearing's, initiative's and project's own page) lead to
 * their new place in Chromium: the host serves 404.html, whose script reads /moved/<m>.json and
 * replaces the location with the page and anchor. Another path naming a municipality gets a link
 * to its page; without JavaScript the 404 page stays as it was (the way to each home page).
 */
import { expect, it } from 'vitest';
import { loadData } from '../../src/checks/load.ts';
import { municipalityNameOf } from '../../src/site/names.ts';
import { openPage, watch } from '../helpers/browser.ts';
import { siteInBrowser } from '../helpers/browser-suite.ts';
import { DIST, FIXTURE_DATA } from '../helpers/fixture.ts';

const site = siteInBrowser(DIST, { notFoundPage: true });
const { municipalities } = loadData(FIXTURE_DATA);

const moves: Array<[string, string]> = [
  ['/ru/ak-chiy-kachybek-sovetskoe/hearings/obs-2013-01-26/', '/ru/ak-chiy-kachybek-sovetskoe/hearings/2013/#obs-2013-01-26'],
  ['/ky/orozbekov/initiatives/papa-mama-i-ya/', '/ky/orozbekov/contests/mi-1/#papa-mama-i-ya'],
  ['/en/altyn-bulak/projects/synthetic-school-roof/', '/en/altyn-bulak/projects/2016/#synthetic-school-roof'],
  ['/ru/ak-chiy-kachybek-sovetskoe/projects/roads-bridges', '/ru/ak-chiy-kachybek-sovetskoe/projects/undated/#roads-bridges'],
];

it.each(moves)('%s → %s', async (from, to) => {
  const { context, page } = await openPage(site.browser);
  const trouble = watch(page);
  const res = await page.goto(site.origin + from);
  expect(res?.status()).toBe(404);
  await page.waitForURL(site.origin + to);
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  // The section is there and the browser jumped to it.
  const top = await page.$eval(`[id="${id}"]`, (e) => e.getBoundingClientRect().top);
  expect(top).toBeGreaterThan(-2); // sub-pixel rounding
  expect(top).toBeLessThan(200);
  // The 404 response itself is the one expected failed request.
  expect(trouble.requests.filter((r) => !r.includes(from))).toEqual([]);
  expect(trouble.console.filter((c) => !/404/.test(c))).toEqual([]);
  await context.close();
});

it('another path naming a municipality stays on the 404 page, with a link to the municipality', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(`${site.origin}/ru/orozbekov/no-such-page/`);
  const link = page.locator('[data-moved] a[data-lang="ru"]');
  await link.waitFor({ state: 'visible' });
  expect(new URL(page.url()).pathname).toBe('/ru/orozbekov/no-such-page/');
  expect(await link.getAttribute('href')).toBe('/ru/orozbekov/');
  const m = municipalities.find((x) => x.profile.id === 'orozbekov')!;
  expect(await link.textContent()).toContain(municipalityNameOf(m, 'ru').text);
  expect(await page.locator('[data-moved] a[data-lang="ky"]').isVisible()).toBe(false);
  await context.close();
});

it('a path naming no municipality shows the plain 404 page (the check can fail)', async () => {
  const { context, page } = await openPage(site.browser);
  await page.goto(`${site.origin}/nothing/here/`);
  await page.waitForLoadState('networkidle');
  expect(new URL(page.url()).pathname).toBe('/nothing/here/');
  expect(await page.locator('[data-moved]').isVisible()).toBe(false);
  expect(await page.locator('ul.cards a.big').count()).toBe(3);
  await context.close();
});

it('without JavaScript an old address shows the 404 page with the way home, and does not move', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const [from] = moves[0]!;
  await page.goto(site.origin + from);
  expect(new URL(page.url()).pathname).toBe(from);
  expect(await page.locator('ul.cards a.big').count()).toBe(3);
  await context.close();
});
