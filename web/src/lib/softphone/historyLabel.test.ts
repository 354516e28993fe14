import { describe, expect, it } from 'vitest';
import { historyEntryLabel, shortDateTime } from './historyLabel';

// Built from local time, so the tests pass in any time zone.
const at = new Date(2025, 10, 22, 14, 3, 27).toISOString();

describe('history entry label', () => {
  it('starts with the number, then the name and the time', () => {
    expect(historyEntryLabel({ number: '09012345678', name: 'Agent Two', at })).toBe('09012345678 Agent Two 11/22 14:03');
  });

  it('leaves out a missing name, or one that is just the number', () => {
    expect(historyEntryLabel({ number: '202', name: null, at })).toBe('202 11/22 14:03');
    expect(historyEntryLabel({ number: '202', name: '  ', at })).toBe('202 11/22 14:03');
    expect(historyEntryLabel({ number: '202', name: '202', at })).toBe('202 11/22 14:03');
  });

  it('pads the date and time', () => {
    expect(shortDateTime(new Date(2026, 0, 5, 7, 9).toISOString())).toBe('01/05 07:09');
    expect(shortDateTime('nonsense')).toBe('');
  });
});
