import { describe, expect, it } from 'vitest';
import { isLive, smsFailed, type VideoView } from './videoView';

const view = (over: Partial<VideoView> = {}): VideoView => ({
  videoId: 'v1',
  callId: 'c1',
  state: 'WAITING',
  to: '09012345678',
  customerPresent: false,
  mine: true,
  ownerExtension: '201',
  startedAt: '2026-12-04T10:00:00Z',
  endsAt: '2026-12-04T12:00:00Z',
  endReason: null,
  ...over,
});

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
