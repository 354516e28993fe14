import { describe, expect, it } from 'vitest';
import { fieldOf, seconds, splitNumbers } from './callCenters';

describe('call center form values', () => {
  it('splits numbers on commas, Japanese ones included', () => {
    expect(splitNumbers('0501234567, 03-1234-5678、 ')).toEqual(['0501234567', '03-1234-5678']);
    expect(splitNumbers('')).toEqual([]);
  });
  it('sends whole numbers of seconds and nothing for anything else', () => {
    expect(seconds(' 15 ')).toBe(15);
    expect(seconds('1.5')).toBeNull();
  });
  it('folds numbered fields into their list', () => {
    expect(fieldOf('numbers[2]')).toBe('numbers');
    expect(fieldOf('members[0].skill')).toBe('members');
    expect(fieldOf('name')).toBe('name');
  });
});
