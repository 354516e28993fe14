import { describe, expect, it } from 'vitest';
import { isLive, smsFailed } from './videoView';
import { roomView } from './testRooms';

const view = roomView;

describe('videoView', () => {
  it('a room is live until it ends', () => {
    expect(isLive(view())).toBe(true);
    expect(isLive(view({ state: 'ACTIVE' }))).toBe(true);
    expect(isLive(view({ state: 'ENDED', endReason: 'agentEnded' }))).toBe(false);
    expect(isLive(null)).toBe(false);
  });

  it('tells a failed SMS from one that went out or was not reported', () => {
    expect(smsFailed(view({ smsStatus: 'FAILED', smsReason: 'not an SMS-capable number' }))).toBe(true);
    expect(smsFailed(view({ smsStatus: 'SENT' }))).toBe(false);
    expect(smsFailed(view())).toBe(false);
  });
});
