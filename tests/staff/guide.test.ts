/**
 * The staff guides: every problem code is explained in both (in their codes documents, which
 * the guides point to), the Kyrgyz guide is Kyrgyz, and
 * every command the guides tell staff to run works — each `npm run …` line of their ```sh
 * blocks runs, in order, in a temporary copy of the project (the preview is fetched once).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/checks/load.ts';
import { problemCodes } from '../../src/datasets/problems.ts';
import { codesTable } from '../../src/staff/guide-codes.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

/** The environment of a command staff run: no DATA_DIR, so it reads the copy's own data/. */
const staffEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.DATA_DIR;
  delete env.SKIP_BUILD;
  return env;
};

const GUIDES = { ru: 'docs/staff-guide.ru.md', ky: 'docs/staff-guide.ky.md' } as const;
const text = (lang: keyof typeof GUIDES) => readFileSync(GUIDES[lang], 'utf8');
const codes = (lang: keyof typeof GUIDES) => readFileSync(`docs/staff-codes.${lang}.md`, 'utf8');

/** The lines of a Markdown file's ```sh blocks (also those indented inside a list). */
function shellLines(markdown: string): string[] {
  const lines: string[] = [];
  let inside = false;
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('```')) {
      inside = !inside && line === '```sh';
      continue;
    }
    if (inside && line !== '' && !line.startsWith('#')) lines.push(line);
  }
  return lines;
}

describe('staff guides', () => {
  it.each(['ru', 'ky'] as const)('%s: explains every problem code, with the generated table, and the guide points there', (lang) => {
    const doc = codes(lang);
    for (const code of problemCodes) expect(doc, code).toContain(`| \`${code}\` |`);
    expect(doc).toContain(codesTable(lang));
    expect(text(lang)).toContain(`docs/staff-codes.${lang}.md`);
  });

  it('the Kyrgyz guide is written in Kyrgyz', () => {
    const words = `${text('ky')}\n${codes('ky')}`.match(/[\p{L}]+/gu) ?? [];
    const kyrgyz = words.filter((w) => /[ңөүҢӨҮ]/.test(w));
    expect(kyrgyz.length).toBeGreaterThan(300);
    for (const word of ['айылдык', 'кеңеш', 'өкмөтү', 'угуу', 'демилге', 'бюджет']) expect(text('ky')).toContain(word);
  });

  it.each(['ru', 'ky'] as const)('%s: covers the tasks and the saving rules', (lang) => {
    const guide = text(lang);
    for (const s of ['CSV UTF-8', 'new:municipality', 'budget.csv', 'hearings.csv', 'initiatives.csv', 'applicant_consent', 'stated_totals.csv', 'GitHub Actions', 'GitHub Pages', 'Merge pull request', '`;`', '`,`', '12,0']) {
      expect(guide, s).toContain(s);
    }
  });

  it('tells staff to run only the project’s scripts, the same in both languages', () => {
    const lines = [...shellLines(text('ru')), ...shellLines(text('ky'))];
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.filter((l) => !/^npm run [a-z:]+( -- .+)?$/.test(l))).toEqual([]);
    expect(shellLines(text('ky')).sort()).toEqual(shellLines(text('ru')).sort());
  });
});

/** A throwaway copy of the project sharing node_modules, so commands may write to its data/. */
function projectCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'guide-project-'));
  for (const entry of ['src', 'docs', 'public', 'tests', 'package.json', 'astro.config.mjs', 'tsconfig.json', 'vitest.config.ts', '.htmlvalidate.mjs']) {
    if (existsSync(entry)) cpSync(entry, join(root, entry), { recursive: true });
  }
  // The copy's data/ is the fixture data with the repository's templates (what staff copy from).
  cpSync(FIXTURE_DATA, join(root, 'data'), { recursive: true });
  cpSync('data/templates', join(root, 'data', 'templates'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/** Starts a server command, waits for its address, fetches the page, stops it. */
async function servePage(args: string[], cwd: string): Promise<{ url: string; status: number; body: string }> {
  const port = String(20000 + Math.floor(Math.random() * 20000));
  const child = spawn('npm', args, { cwd, env: staffEnv({ PORT: port }), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  try {
    const url = await new Promise<string>((ok, fail) => {
      const seen = (chunk: Buffer) => {
        out += chunk.toString();
        // The command's own announcement: the address, then how to stop.
        const m = /(http:\/\/127\.0\.0\.1:\d+\/\S*)\s*\n[^\n]*Ctrl\+C/.exec(out);
        if (m) ok(m[1]!);
      };
      child.stdout.on('data', seen);
      child.stderr.on('data', (c: Buffer) => (out += c.toString()));
      child.on('exit', (code) => fail(new Error(`exited ${code} before serving:\n${out}`)));
    });
    const res = await fetch(url);
    return { url, status: res.status, body: await res.text() };
  } finally {
    const exited = new Promise((done) => child.once('exit', done));
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
}

describe('every command of the guides, run as staff would run it', () => {
  const commands = [...new Set([...shellLines(text('ru')), ...shellLines(text('ky'))])];
  const root = projectCopy();

  it.each(commands)('%s', async (command) => {
    const args = command.split(/\s+/).slice(1);
    if (args[1] === 'preview:data') {
      const page = await servePage(args, root);
      expect(page.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(page.status).toBe(200);
      expect(page.body).toMatch(/<html/i);
      return;
    }
    const r = spawnSync('npm', args, { cwd: root, encoding: 'utf8', env: staffEnv() });
    expect(r.status, `${command}\n${r.stdout}\n${r.stderr}`).toBe(0);
  }, 600_000);

  it('leaves a data folder that still validates, with the new municipality in it', () => {
    const { problems, municipalities } = loadData(join(root, 'data'));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(municipalities.map((m) => m.profile.id)).toContain('kara-suu');
  });
});
