import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n';
import { incomingCallText } from './incoming';

describe('incoming call notification', () => {
  it('names the caller and the number', () => {
    expect(incomingCallText(translator('en'), { remoteName: 'Agent Two', remoteNumber: '202' })).toBe(
      'Incoming call from Agent Two (202)',
    );
    expect(incomingCallText(translator('ja'), { remoteName: 'Agent Two', remoteNumber: '202' })).toBe('Agent Two (202) から着信');
  });

  it('shows the number alone without a name', () => {
    expect(incomingCallText(translator('en'), { remoteName: null, remoteNumber: '0312345678' })).toBe(
      'Incoming call from 0312345678',
    );
    expect(incomingCallText(translator('en'), { remoteName: '202', remoteNumber: '202' })).toBe('Incoming call from 202');
  });
});
