import { describe, expect, it } from 'vitest';
import { addableTags, myNote, noteLength, type CallRecord } from './callRecord';

const record: CallRecord = {
  callId: 'c',
  tags: [{ id: 2, name: 'VIP' }],
  notes: [
    { callId: 'c', accountId: 1, author: 'Sato', body: 'mine', updatedAt: '' },
    { callId: 'c', accountId: 9, author: 'Kato', body: 'theirs', updatedAt: '' },
  ],
};

describe('callRecord', () => {
  it('counts an emoji as one character', () => {
    expect(noteLength('あ😀')).toBe(2);
  });
  it('finds the agent’s own note', () => {
    expect(myNote(record, 1)).toBe('mine');
    expect(myNote(record, 5)).toBe('');
    expect(myNote(null, 1)).toBe('');
  });
  it('offers only the tags not on the call', () => {
    expect(addableTags([{ id: 1, name: 'A' }, { id: 2, name: 'VIP' }], record)).toEqual([{ id: 1, name: 'A' }]);
  });
});
