import { describe, expect, it } from 'vitest';
import { parseAmount, parseUnit, toSom } from '../../src/datasets/parse.ts';

describe('amounts as budget documents print them', () => {
  it('reads decimal commas and spaces between thousands', () => {
    expect(parseAmount('5 453,6')).toEqual({ value: 5453.6, decimals: 1, grouped: false });
    expect(parseAmount('3037,0')).toEqual({ value: 3037, decimals: 1, grouped: false });
    expect(parseAmount('5\u00a0684\u00a0800')).toEqual({ value: 5684800, decimals: 0, grouped: false });
    expect(parseAmount('')).toBeUndefined();
    expect(parseAmount('12,0 тыс.')).toBeNull();
  });

  it('flags a dot or comma that may group thousands', () => {
    expect(parseAmount('1.234')).toMatchObject({ value: 1.234, decimals: 3, grouped: true });
    expect(parseAmount('1,234')).toMatchObject({ value: 1.234, decimals: 3, grouped: true });
    expect(parseAmount('1.234.567,89')).toMatchObject({ grouped: true });
    expect(parseAmount('1,234,567')).toMatchObject({ grouped: true });
    expect(parseAmount('12,50')).toMatchObject({ grouped: false, decimals: 2 });
    expect(parseAmount('1234,567')).toMatchObject({ grouped: false, decimals: 3 });
  });

  it('reads the units staff type', () => {
    for (const u of ['сом', 'СОМ', ' som ']) expect(parseUnit(u)).toBe('som');
    for (const u of ['миң сом', 'тыс. сом', 'тыс.сом', 'Тыс.  сом', 'тыс сом']) expect(parseUnit(u)).toBe('thousand');
    expect(parseUnit('')).toBeUndefined();
    expect(parseUnit('млн сом')).toBeNull();
    expect(parseUnit('тыс')).toBeNull();
  });

  it('converts to som exactly', () => {
    expect(toSom(5453.6, 'thousand')).toBe(5_453_600);
    expect(toSom(0.1, 'thousand')).toBe(100);
    expect(toSom(4769.7, 'thousand')).toBe(4_769_700);
    expect(toSom(26304, 'som')).toBe(26304);
  });
});
