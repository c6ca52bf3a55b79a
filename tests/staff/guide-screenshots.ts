/**
 * `node tests/staff/guide-screenshots.ts`: the pictures of the staff guides' worked examples. Does
 * the guide's tasks (guide-tasks.ts) on a copy of data/, builds the site from it, and photographs
 * the pages that show each change in Chromium at 360 px (a cheap phone), in Russian and Kyrgyz,
 * into docs/img/guide-<task>.<lang>.png (small PNGs the guides reference).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildInto } from '../helpers/build.ts';
import { launchBrowser, serveDir } from '../helpers/browser.ts';
import { doGuideTasks, FIXED, M, NEW } from './guide-tasks.ts';

const root = mkdtempSync(join(tmpdir(), 'kg-guide-shots-'));
const data = join(root, 'data');
const dist = join(root, 'dist');
cpSync('data', data, { recursive: true });
const added = doGuideTasks(data);
buildInto(dist, { DATA_DIR: data });

/** Each picture: the page, and the element to bring to the top of the screen. */
const shots = [
  { name: 'budget-year', path: `${M}/budget/${added.year}/`, focus: 'main h1' },
  { name: 'municipality', path: `${NEW.id}/`, focus: 'main h1' },
  { name: 'corrected', path: `${FIXED.m}/budget/${FIXED.year}/`, focus: 'main table' },
];

mkdirSync('docs/img', { recursive: true });
const site = await serveDir(dist);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 1 });
  for (const lang of ['ru', 'ky']) {
    for (const s of shots) {
      await page.goto(`${site.origin}/${lang}/${s.path}`);
      await page.locator(s.focus).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const file = `docs/img/guide-${s.name}.${lang}.png`;
      await page.screenshot({ path: file });
      console.log(file);
    }
  }
} finally {
  await browser.close();
  await site.close();
  rmSync(root, { recursive: true, force: true });
}
