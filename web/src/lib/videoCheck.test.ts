import { describe, expect, it, vi } from 'vitest';
import { fakeRoomDeps, FakeRoomPeer } from './video/fakeRoomPeer';
import { readVideoStats, videoCheckLeg } from './videoCheck';

describe('videoCheckLeg', () => {
  it('joins the named test room with diag.video.*, and leaves it once', async () => {
    const pc = new FakeRoomPeer();
    const { deps } = fakeRoomDeps(pc);
    const request = vi.fn(async (type: string) => {
      if (type === 'diag.video.join') return { sdp: 'answer 1', sources: 2 };
      if (type === 'diag.video.offer') return { sdp: 'answer 2', sources: 2 };
      return {};
    });
    const leg = videoCheckLeg({ request } as never, 'team-1', deps, { onRemoteTracks: vi.fn(), onPeerState: vi.fn() });
    await leg.join();
    expect(request).toHaveBeenCalledWith('diag.video.join', { room: 'team-1', sdp: 'offer 1 with 2 sections' });
    await vi.waitFor(() => expect(request).toHaveBeenCalledWith('diag.video.offer', { sdp: 'offer 2 with 3 sections' }));
    leg.leave();
    leg.leave();
    expect(request.mock.calls.filter(([type]) => type === 'diag.video.leave')).toHaveLength(1);
  });
});

describe('readVideoStats', () => {
  it('lists the inbound video streams by mid with their decoded frames', () => {
    const entries = [
      { type: 'inbound-rtp', kind: 'audio', mid: '0', packetsReceived: 5 },
      { type: 'inbound-rtp', kind: 'video', mid: '10', framesDecoded: 3 },
      { type: 'inbound-rtp', kind: 'video', mid: '2', framesDecoded: 120, frameWidth: 640, frameHeight: 480 },
      { type: 'outbound-rtp', kind: 'video', mid: '1', framesEncoded: 9 },
    ];
    expect(readVideoStats(entries)).toEqual([
      { mid: '2', framesDecoded: 120, width: 640, height: 480 },
      { mid: '10', framesDecoded: 3, width: null, height: null },
    ]);
  });
});
