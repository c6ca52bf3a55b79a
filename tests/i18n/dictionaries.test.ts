import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkDictionaries, t } from '../../src/i18n/index.ts';
import { ui as en } from '../../src/i18n/en/interface.ts';
import { ui as ky } from '../../src/i18n/ky/interface.ts';
import { ui as ru } from '../../src/i18n/ru/interface.ts';

describe('dictionaries', () => {
  it('have the same keys in ky, ru and en', () => {
    expect(Object.keys(ky).sort()).toEqual(Object.keys(ru).sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
  });

  it('the check names a missing or empty key per language', () => {
    const { 'nav.budget': _, ...missing } = ky;
    expect(() => checkDictionaries({ ru, ky: missing, en: { ...en, 'nav.home': ' ' } }, ru)).toThrow(/ky: missing "nav.budget"[\s\S]*en: missing "nav.home"/);
  });

  it('Kyrgyz text is Kyrgyz: it uses ң, ө or ү and differs from the Russian', () => {
    const values = Object.values(ky).join(' ');
    expect(values).toMatch(/[ңөү]/);
    const same = Object.keys(ru).filter((k) => ky[k as keyof typeof ky] === ru[k as keyof typeof ru] && /[а-я]{4}/i.test(ru[k as keyof typeof ru]));
    // Terms shared by both languages (Бюджет, Грант, "Диаграмма: …") are allowed; whole sentences are not.
    const shared = ['common.chartOf'];
    expect(same.filter((k) => ru[k as keyof typeof ru].includes(' ') && !shared.includes(k))).toEqual([]);
  });

  it('fills placeholders', () => {
    expect(t('ky', 'budget.yearTitle', { year: 2014 })).toBe('2014-жылдын бюджети');
  });
});

describe('a missing dictionary key fails the build', () => {
  it('astro build exits non-zero naming the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dict-'));
    try {
      for (const f of ['src', 'data', 'docs', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(f, join(dir, f), { recursive: true });
      symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
      const file = join(dir, 'src/i18n/ky/interface.ts');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^\s*'nav\.hearings': .*$/m, ''));
      const run = spawnSync(resolve('node_modules/.bin/astro'), ['build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
      expect(run.status).not.toBe(0);
      expect(run.stdout + run.stderr).toContain('ky: missing "nav.hearings"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
