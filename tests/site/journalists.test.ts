/**
 * Issue 16 over a built site: national rankings equal values computed independently from the
 * downloads; a municipality without population is "no population" and never ranked per
 * resident; all.zip holds exactly the published files with matching hashes; the .pb export
 * round-trips. Built from a small synthetic country.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { readPb } from '../../src/downloads/pabulib.ts';
import { formatMoney } from '../../src/i18n/format.ts';
import { writeCountry } from '../../src/synth/generate.ts';
import { buildInto, tempDir } from '../helpers/build.ts';

const data = tempDir('kg-journalists-data-');
const outDir = tempDir('kg-journalists-dist-');
let without = '';

beforeAll(() => {
  const plan = writeCountry(data, { municipalities: 12, years: 2, seed: 5, lastYear: 2024 });
  without = plan.municipalities[0]!.id;
  writeFileSync(join(data, 'municipalities', without, 'population.csv'), 'year,population,households,source_doc,source_section,note\n');
  buildInto(outDir, { DATA_DIR: data });
});
afterAll(() => {
  rmSync(data, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

const csv = (name: string) => Papa.parse<Record<string, string>>(readFileSync(join(outDir, 'data', name), 'utf8'), { header: true, skipEmptyLines: true }).data;
const page = (path: string) => parse(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
const regionPages = (measure: string) =>
  readdirSync(join(outDir, 'en', 'compare', measure), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `en/compare/${measure}/${d.name}`);

describe('national rankings', () => {
  it('equal expenditure per resident computed from budget.csv and population.csv', () => {
    // A budget's figure: the execution report, else an amendment, else the approved budget (a
    // draft never); its own grand-total line, else the sum of its top-level lines when all are known.
    const budget = csv('budget.csv').filter((r) => r.direction === 'expenditure' && ['approved', 'amended', 'executed'].includes(r.phase!));
    const year = Math.max(...budget.map((r) => Number(r.year)));
    const population = csv('population.csv');
    const expected = new Map<string, number>();
    for (const id of new Set(budget.map((r) => r.municipality!))) {
      const rows = budget.filter((r) => r.municipality === id && Number(r.year) === year);
      let total: number | undefined;
      for (const phase of ['executed', 'amended', 'approved']) {
        const own = rows.filter((r) => r.phase === phase && !r.parent);
        const stated = own.find((r) => r.total === 'true' && r.amount_som);
        const lines = own.filter((r) => r.total !== 'true');
        total = stated ? Number(stated.amount_som) : lines.length && lines.every((r) => r.amount_som) ? lines.reduce((s, r) => s + Number(r.amount_som), 0) : undefined;
        if (total !== undefined) break;
      }
      if (total === undefined) continue;
      const pops = population.filter((p) => p.municipality === id && p.population);
      if (!pops.length) continue;
      const nearest = pops.sort((a, b) => Math.abs(Number(a.year) - year) - Math.abs(Number(b.year) - year) || Number(a.year) - Number(b.year))[0]!;
      expected.set(id, total / Number(nearest.population));
    }
    expect(expected.size).toBeGreaterThan(5);
    const shown = new Map<string, { value: string; rank: number }>();
    for (const path of regionPages('expenditure_per_resident')) {
      const p = page(path);
      expect(p.querySelector('main')!.text).toContain(String(year));
      const rows = p.querySelectorAll('main table tbody tr');
      const values: number[] = [];
      for (const tr of rows) {
        const id = tr.querySelector('th a')!.getAttribute('href')!.split('/').filter(Boolean).at(-1)!;
        const rank = Number(tr.querySelectorAll('td')[0]!.text);
        shown.set(id, { value: tr.querySelectorAll('td')[1]!.text, rank });
        values.push(expected.get(id) ?? NaN);
      }
      // highest first
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }
    expect([...shown.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [id, v] of expected) expect(shown.get(id)!.value).toBe(formatMoney('en', Math.round(v)));
  });

  it('lists a municipality without population as "no population", never ranked per resident', () => {
    const pages = regionPages('expenditure_per_resident').map(page);
    const ranked = pages.flatMap((p) => p.querySelectorAll('main table tbody th a').map((a) => a.getAttribute('href')!));
    expect(ranked.some((h) => h.includes(`/${without}/`))).toBe(false);
    const lacking = pages.flatMap((p) => p.querySelectorAll('main ul.lacking li')).find((li) => li.querySelector('a')!.getAttribute('href')!.includes(`/${without}/`));
    expect(lacking?.text).toContain('no population');
    // Figures that are not per resident still rank it.
    const counted = regionPages('hearings_held').flatMap((p) => page(p).querySelectorAll('main table tbody th a').map((a) => a.getAttribute('href')!));
    expect(counted.some((h) => h.includes(`/${without}/`))).toBe(true);
  });

  it('offers the other order as a pre-rendered page, and a page per region stays small', () => {
    const [first] = regionPages('revenue_per_resident');
    const p = page(first!);
    const other = p.querySelector('main p a')!.getAttribute('href')!;
    expect(other).toMatch(/\/by-name\/$/);
    expect(existsSync(join(outDir, other, 'index.html'))).toBe(true);
  });
});

function zipEntries(file: string): Promise<Map<string, string>> {
  return new Promise((done, fail) => {
    const out = new Map<string, string>();
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return fail(err);
      zip.on('entry', (e: yauzl.Entry) =>
        zip.openReadStream(e, (er, stream) => {
          if (er || !stream) return fail(er);
          const h = createHash('sha256');
          stream.on('data', (c: Buffer) => h.update(c));
          stream.on('end', () => {
            out.set(e.fileName, h.digest('hex'));
            zip.readEntry();
          });
        }),
      );
      zip.on('end', () => done(out));
      zip.readEntry();
    });
  });
}

describe('one download', () => {
  it('all.zip holds exactly the published files, with their hashes, and the catalogue gives its size and hash', async () => {
    const dir = join(outDir, 'data');
    const published = new Map(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile() && d.name !== 'all.zip')
        .map((d) => {
          const f = join(d.parentPath, d.name);
          return [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')] as const;
        }),
    );
    const zipped = await zipEntries(join(dir, 'all.zip'));
    expect([...zipped.keys()].sort()).toEqual([...published.keys()].sort());
    for (const [path, hash] of published) expect(zipped.get(path), path).toBe(hash);
    for (const must of ['datapackage.json', 'sources.json', 'sources.csv', 'README.md', 'budget.csv', 'changes.json', 'releases.atom']) expect(published.has(must), must).toBe(true);
    const hash = createHash('sha256').update(readFileSync(join(dir, 'all.zip'))).digest('hex');
    const catalogue = page('en/data').querySelector('main')!;
    expect(catalogue.text).toContain(hash);
    expect(catalogue.querySelector('a[href$="/data/all.zip"]')).not.toBeNull();
    expect(catalogue.querySelector('a[href$="/data/sources.csv"]')).not.toBeNull();
  });

  it('the .pb export of every contest reads back to the contests and initiatives tables', () => {
    const contests = csv('contests.csv');
    const initiatives = csv('initiatives.csv');
    expect(contests.length).toBeGreaterThan(0);
    for (const c of contests) {
      const pb = readPb(readFileSync(join(outDir, 'data', 'pb', c.municipality!, `${c.id}.pb`), 'utf8'));
      const own = initiatives.filter((i) => i.municipality === c.municipality && i.contest === c.id);
      expect(pb.meta.num_projects).toBe(String(own.length));
      expect(pb.meta.budget).toBe(c.allocation_som ?? '');
      expect(pb.meta.instance).toBe(c.year ?? '');
      expect(pb.projects.map((p) => [p.project_id, p.cost, p.selected])).toEqual(own.map((i) => [i.id, i.total_som ?? '', i.winner === 'true' ? '1' : '0']));
      expect(pb.votes).toEqual([]);
    }
  });
});
