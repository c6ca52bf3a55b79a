import { describe, expect, it } from 'vitest';
import { parseAmountAsWritten, parseDate, parseNumber } from '../../src/datasets/parse.ts';

describe('parseNumber', () => {
  it.each([
    ['5 684 800', 5684800],
    ['5\u00a0684\u00a0800', 5684800],
    ['5\u202f684\u202f800', 5684800],
    ['12,0', 12],
    ['12.0', 12],
    ['-1 500,50', -1500.5],
    ['0', 0],
  ])('reads %j as %d', (raw, value) => expect(parseNumber(raw)).toBe(value));

  it('keeps an empty cell as missing, not 0', () => {
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('   ')).toBeUndefined();
  });

  it.each(['12,0 тыс.', 'abc', '1 00', '1,5,5', '5 684 800 сом'])('rejects %j', (raw) => expect(parseNumber(raw)).toBeNull());
});

describe('parseDate', () => {
  it.each([
    ['26.01.2013', '2013-01-26'],
    ['26.01.2013г.', '2013-01-26'],
    ['2013-01-26', '2013-01-26'],
    ['03.2013', '2013-03'],
    ['2013-03', '2013-03'],
  ])('reads %j as %s', (raw, iso) => expect(parseDate(raw)).toBe(iso));
  it.each(['31.02.2013', '2013-13', 'March 2013', '13/06/2014'])('rejects %j', (raw) => expect(parseDate(raw)).toBeNull());
});

describe('parseAmountAsWritten (the sources’ irregular amounts)', () => {
  it.each([
    ['11, 0 тыс.сом', 11000],
    ['36,0тыс. сом', 36000],
    ['37,0 миң сом', 37000],
    ['23, тыс. сом', 23000],
    ['2,5 млн сомов', 2500000],
    ['5 684 800 сом', 5684800],
    ['26 304 сома', 26304],
    ['12,0 тыс. сом', 12000],
  ])('reads %j as %d som', (raw, value) => expect(parseAmountAsWritten(raw)).toBe(value));
  it.each(['организация мероприятий', '12 кг'])('rejects %j', (raw) => expect(parseAmountAsWritten(raw)).toBeNull());
});
