/** The built catalogue pages: every dataset and download linked with its real size, small, no JavaScript, safe JSON-LD. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOCALES } from '../../src/i18n/langs.ts';
import { describe, expect, it } from 'vitest';
import { datasetNames, datasets } from '../../src/datasets/registry.ts';
import { municipalitiesTable } from '../../src/downloads/municipalities.ts';
import { texts } from '../../src/i18n/index.ts';

const ky = texts('ky').datasets;
import { readPackage } from '../helpers/downloads.ts';
import { DIST } from '../helpers/fixture.ts';

const LANGS = ['ky', 'ru', 'en'] as const;
const pkg = readPackage();
const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const links = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
const dataLinks = (html: string) => links(html).filter((h) => h.startsWith('/data/'));
const pagesUnder = (dir: string): string[] =>
  readdirSync(join(DIST, dir), { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('index.html')).map((p) => join(dir, p));

/** "(4.4 KB)", "(4,4 КБ)", "(649 B)" after each download link, from the file's real size. */
function sizeText(bytes: number, lang: (typeof LANGS)[number]): string {
  const unit = { en: ['B', 'KB'], ru: ['Б', 'КБ'], ky: ['Б', 'КБ'] }[lang];
  if (bytes < 1024) return `${new Intl.NumberFormat(LOCALES[lang]).format(bytes)} ${unit[0]}`;
  const n = (bytes / 1024).toFixed(1);
  return `${lang === 'en' ? n : n.replace('.', ',')} ${unit[1]}`;
}

describe.each(LANGS)('/%s/data/', (lang) => {
  const html = page(`${lang}/data`);

  it('links every dataset page and its combined CSV, Excel CSV and JSON, with their sizes', () => {
    for (const name of [...datasetNames, 'municipalities']) {
      expect(links(html)).toContain(`/${lang}/data/${name}/`);
      for (const file of [`${name}.csv`, `excel/${name}.csv`, `${name}.json`]) {
        expect(dataLinks(html)).toContain(`/data/${file}`);
        const after = html.slice(html.indexOf(`href="/data/${file}"`), html.indexOf(`href="/data/${file}"`) + 300);
        expect(after).toContain(`(${sizeText(statSync(join(join(DIST, 'data'), file)).size, lang)})`);
      }
    }
    expect(dataLinks(html)).toEqual(expect.arrayContaining(['/data/datapackage.json', '/data/README.md']));
  });

  it('says which CSV is for Excel and how formulas are neutralised', () => {
    const decode = (x: string) => x.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    const items = [...html.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => decode(m[1]!));
    const excel = items.find((x) => x.includes('Excel') && x.includes('BOM'));
    expect(excel).toMatch(/[«"];[»"]/);
    expect(items.find((x) => x.includes('-1500'))).toMatch(/=, \+, -, @/);
  });

  it('every dataset page links each municipality’s files, and every link resolves to a built file', () => {
    for (const name of datasetNames) {
      const ds = page(`${lang}/data/${name}`);
      const perMunicipality = pkg.resources.filter((r) => r.name.endsWith(`.${name}`)).map((r) => `/data/${r.path}`);
      expect(perMunicipality.length).toBeGreaterThan(0);
      expect(dataLinks(ds)).toEqual(expect.arrayContaining(perMunicipality));
      for (const href of dataLinks(ds)) expect(statSync(join(DIST, href)).isFile(), href).toBe(true);
    }
  });

  it('pages stay under 14 KiB gzip and need no JavaScript', () => {
    for (const path of pagesUnder(`${lang}/data`)) {
      const text = page(path.replace(/\/?index\.html$/, ''));
      expect(gzipSync(text).byteLength, path).toBeLessThan(14 * 1024);
      const scripts = [...text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      // JSON-LD only: the search box is a plain form.
      expect(scripts, path).toEqual(['<script type="application/ld+json">']);
    }
  });

  it('carries a schema.org Dataset whose JSON has no markup and whose downloads exist', () => {
    for (const path of [`${lang}/data`, `${lang}/data/budget`]) {
      const text = page(path);
      const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(text)![1]!;
      expect(json).not.toMatch(/[<>&]/);
      const ld = JSON.parse(json);
      expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'Dataset', license: 'https://creativecommons.org/licenses/by/4.0/' });
      expect(ld.spatialCoverage['@type']).toBe('Place');
      expect(ld.distribution.length).toBeGreaterThan(0);
      for (const d of ld.distribution) expect(statSync(join(DIST, new URL(d.contentUrl).pathname)).isFile()).toBe(true);
    }
  });
});

it('Kyrgyz catalogue pages describe datasets and columns in Kyrgyz (src/i18n/ky/datasets.ts)', () => {
  const ds = page('ky/data/budget');
  expect(ds).toContain(ky.tables.budget.description);
  expect(ds).toContain(ky.tables.budget.columns.amount_som!);
  expect(ds).toContain(ky.shared.source_doc!);
  expect(ds).toContain('Муниципалитет (municipalities.csv ичиндеги id)');
  expect(ds).not.toContain('<span lang="ru">'); // nothing left in Russian
  expect(page('ru/data/budget')).toContain(texts('ru').datasets.tables.budget.description);
  expect(page('ky/data')).toContain(ky.tables.hearings.description);
  // The flat municipalities table too: every column has its Kyrgyz text, none is left over.
  expect(Object.keys(ky.tables.municipalities.columns).sort()).toEqual(Object.keys(municipalitiesTable.columns).sort());
  expect(page('ky/data/municipalities')).toContain(ky.tables.municipalities.columns.distance_capital_km!);
  expect(page('ky/data/municipalities')).not.toContain('<span lang="ru">');
});

it('uses set:html only in the JSON-LD component, on escaped JSON', () => {
  const dirs = ['src/site/catalogue', 'src/pages/[lang]/data'];
  const uses = dirs.flatMap((d) =>
    readdirSync(d, { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(join(d, f)).isFile() && readFileSync(join(d, f), 'utf8').includes('set:html'))
      .map((f) => join(d, f)),
  );
  expect(uses).toEqual(['src/site/catalogue/JsonLd.astro']);
  expect(readFileSync('src/site/catalogue/JsonLd.astro', 'utf8')).toContain('set:html={escaped}');
});
