import { describe, expect, it } from 'vitest';
import { applicationStatus } from '../../src/figures/contests.ts';

const base = { winner: false, status: undefined } as unknown as Parameters<typeof applicationStatus>[0];

describe('applicationStatus', () => {
  it('takes the status column where given, else "won" from winner, else unknown (never "lost" from an empty cell)', () => {
    expect(applicationStatus({ ...base, status: 'not_selected' })).toBe('not_selected');
    expect(applicationStatus({ ...base, winner: true })).toBe('won');
    expect(applicationStatus(base)).toBe('unknown');
  });
});
