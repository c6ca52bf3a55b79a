/**
 * Every human text lives under src/i18n/<lang>/. Outside it, only the parser's vocabulary
 * (src/datasets/vocabulary.ts: unit, yes/no and date words, damage tables, example values) and
 * the synthetic country's word lists (src/synth/) may hold Kyrgyz or Russian letters at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ALLOWED = ['src/i18n/', 'src/synth/', 'src/datasets/vocabulary.ts'];
const CYRILLIC = /[\u0400-\u04FF]/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
}

describe('human text', () => {
  it('no code file outside src/i18n/ (but the parser vocabulary and synthetic word lists) carries Cyrillic', () => {
    const offenders = files('src')
      .filter((f) => /\.(ts|astro|css|mjs)$/.test(f) && !ALLOWED.some((a) => f.startsWith(a)))
      .filter((f) => CYRILLIC.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the check sees Cyrillic where it is', () => {
    expect(CYRILLIC.test(readFileSync('src/datasets/vocabulary.ts', 'utf8'))).toBe(true);
  });
});
