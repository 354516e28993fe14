import { describe, expect, it } from 'vitest';
import { DEFAULT_NUMBER, initialNumber, isNationalNumber, normaliseNumber } from './number';

describe('the dev phone number', () => {
  it('is normalised like the server does', () => {
    expect(normaliseNumber(' 090-1234-5678 ')).toBe('09012345678');
    expect(normaliseNumber('+81 90 1234 5678')).toBe('09012345678');
    expect(normaliseNumber('８１９０１２３４５６７８')).toBe('09012345678');
  });

  it('must be a national number of 10 or 11 digits', () => {
    expect(isNationalNumber('0312345678')).toBe(true);
    expect(isNationalNumber('09012345678')).toBe(true);
    expect(isNationalNumber('201')).toBe(false);
    expect(isNationalNumber('9012345678')).toBe(false);
    expect(isNationalNumber('090123456789')).toBe(false);
    expect(isNationalNumber('090-abcd-5678')).toBe(false);
  });

  it('starts from ?number= when it is valid', () => {
    expect(initialNumber('?number=080-1111-2222')).toBe('08011112222');
    expect(initialNumber('?number=12')).toBe(DEFAULT_NUMBER);
    expect(initialNumber('')).toBe(DEFAULT_NUMBER);
  });
});
