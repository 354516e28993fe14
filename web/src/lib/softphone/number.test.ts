import { describe, expect, it } from 'vitest';
import { appendKey, dialParam, isKeypadKey, KEYPAD_ROWS, MAX_NUMBER_LENGTH, withoutDialParam } from './number';

describe('the number box', () => {
  it('has the twelve keypad keys', () => {
    expect(KEYPAD_ROWS.flat()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#']);
    expect(KEYPAD_ROWS.flat().every(isKeypadKey)).toBe(true);
    expect(isKeypadKey('a')).toBe(false);
    expect(isKeypadKey('Enter')).toBe(false);
  });

  it('appends keys up to the maximum length', () => {
    expect(appendKey('09', '0')).toBe('090');
    const full = '1'.repeat(MAX_NUMBER_LENGTH);
    expect(appendKey(full, '2')).toBe(full);
  });
});

describe('click-to-call ?dial=', () => {
  it('reads the number to dial', () => {
    expect(dialParam('?dial=09012345678')).toBe('09012345678');
    expect(dialParam('?lang=en&dial=%2B819012345678')).toBe('+819012345678');
    expect(dialParam('?dial=+81 90-1234-5678')).toBe('81 90-1234-5678');
    expect(dialParam('?dial=')).toBeNull();
    expect(dialParam('?lang=en')).toBeNull();
    expect(dialParam('')).toBeNull();
  });

  it('is dropped from the address once used', () => {
    expect(withoutDialParam('?dial=202')).toBe('');
    expect(withoutDialParam('?lang=ja&dial=202')).toBe('?lang=ja');
    expect(withoutDialParam('?lang=ja')).toBe('?lang=ja');
  });
});
