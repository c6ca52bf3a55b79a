/**
 * Every file `npm run templates` owns, with the content it must have: the templates folder
 * and the generated table of problem codes in each staff codes document. The command writes
 * them; a test checks that the committed files equal them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Lang } from '../i18n/langs.ts';
import { withCodesTable } from './guide-codes.ts';
import { TEMPLATES_DIR, templateFiles } from './templates.ts';

/** The staff guide's companion documents that hold the generated table of problem codes. */
export const CODE_DOCS: Array<[string, Lang]> = [
  ['docs/staff-codes.ru.md', 'ru'],
  ['docs/staff-codes.ky.md', 'ky'],
];

/** Files under a folder, as "/"-separated paths relative to it. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

/** Path (from the project root) → expected content. */
export function expectedFiles(root = '.'): Map<string, string> {
  const out = new Map<string, string>();
  for (const [rel, text] of templateFiles(root)) out.set(`${TEMPLATES_DIR}/${rel}`, text);
  for (const [path, lang] of CODE_DOCS) out.set(path, withCodesTable(readFileSync(join(root, path), 'utf8'), lang));
  return out;
}

/** Files that differ from what they should be, and files in the templates folder that should not be there. */
export function driftOf(root = '.'): { stale: string[]; extra: string[] } {
  const expected = expectedFiles(root);
  const stale = [...expected].filter(([path, text]) => !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== text).map(([p]) => p);
  const extra = listFiles(join(root, TEMPLATES_DIR))
    .map((f) => `${TEMPLATES_DIR}/${f}`)
    .filter((p) => !expected.has(p));
  return { stale, extra };
}
