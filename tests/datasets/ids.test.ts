/** The one id rule and the looser source-document reference of profiles. */
import { describe, expect, it } from 'vitest';
import { isId, REFERENCE_PATTERN } from '../../src/datasets/ids.ts';

describe('ids', () => {
  it.each(['kara-suu', 'obs-2025-02-14', 'a', '2024'])('accepts %j', (id) => expect(isId(id)).toBe(true));
  it.each(['', '-kara', 'kara-', 'a--b', 'Kara', 'kara suu', 'kara_suu', 'кара'])('refuses %j', (id) => expect(isId(id)).toBe(false));
  it('lets a profile reference a mistyped id, so it is reported as not found, not as a pattern error', () => {
    expect(REFERENCE_PATTERN.test('a--b')).toBe(true);
    expect(REFERENCE_PATTERN.test('A b')).toBe(false);
  });
});
