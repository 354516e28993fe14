import { describe, expect, it, vi } from 'vitest';
import type { MediaDeps } from './audioCheck';
import { readVideoStats, receivingSlots, VideoCheckLeg } from './videoCheck';

type FakeTransceiver = { direction: RTCRtpTransceiverDirection; currentDirection: string | null; mid: string | null; receiver: { track: { kind: string } }; sender: { replaceTrack: () => Promise<void> } };

class FakePc {
  transceivers: FakeTransceiver[] = [];
  localDescription: { type: string; sdp: string } | null = null;
  remote: RTCSessionDescriptionInit[] = [];
  ontrack: (() => void) | null = null;
  onconnectionstatechange: (() => void) | null = null;
  connectionState = 'new';
  offers = 0;
  addTransceiver(trackOrKind: unknown, init: RTCRtpTransceiverInit) {
    const kind = typeof trackOrKind === 'string' ? trackOrKind : (trackOrKind as { kind: string }).kind;
    const t: FakeTransceiver = { direction: init.direction ?? 'sendrecv', currentDirection: null, mid: null, receiver: { track: { kind } }, sender: { replaceTrack: async () => {} } };
    this.transceivers.push(t);
    return t;
  }
  getTransceivers() {
    return this.transceivers;
  }
  async createOffer() {
    return { type: 'offer', sdp: `offer ${++this.offers} with ${this.transceivers.length} sections` };
  }
  async setLocalDescription(d: { type: string; sdp: string }) {
    this.localDescription = d;
  }
  async setRemoteDescription(d: RTCSessionDescriptionInit) {
    this.remote.push(d);
    this.transceivers.forEach((t, i) => {
      t.mid = String(i);
      t.currentDirection = t.direction === 'recvonly' ? 'recvonly' : t.direction;
    });
  }
  close() {}
  async getStats() {
    return new Map();
  }
}

function setup(sourcesOnJoin: number) {
  const pc = new FakePc();
  const track = { kind: 'video', stop: vi.fn() };
  const camera = { getVideoTracks: () => [track], getTracks: () => [track] } as unknown as MediaStream;
  const deps: MediaDeps = {
    getUserMedia: vi.fn(async () => camera),
    createPeerConnection: () => pc as unknown as RTCPeerConnection,
  };
  const request = vi.fn(async (type: string) => {
    if (type === 'diag.video.join') return { sdp: 'answer 1', sources: sourcesOnJoin };
    if (type === 'diag.video.offer') return { sdp: 'answer 2', sources: sourcesOnJoin };
    return {};
  });
  const remote = vi.fn();
  const leg = new VideoCheckLeg({ request } as never, deps, { onRemoteTracks: remote, onPeerState: vi.fn() });
  return { pc, leg, request, remote, track };
}

describe('VideoCheckLeg', () => {
  it('joins with a receive-only audio section and the camera, and applies the answer', async () => {
    const { pc, leg, request } = setup(1);
    await leg.join('team-1');
    expect(pc.transceivers.map((t) => [t.receiver.track.kind, t.direction])).toEqual([
      ['audio', 'recvonly'],
      ['video', 'sendrecv'],
    ]);
    expect(request).toHaveBeenCalledWith('diag.video.join', { room: 'team-1', sdp: 'offer 1 with 2 sections' });
    expect(pc.remote).toEqual([{ type: 'answer', sdp: 'answer 1' }]);
  });

  it('adds receive-only sections and re-offers when the others publish more streams', async () => {
    const { pc, leg, request, remote } = setup(3);
    await leg.join('team-1');
    await vi.waitFor(() => expect(request).toHaveBeenCalledWith('diag.video.offer', { sdp: 'offer 2 with 4 sections' }));
    await vi.waitFor(() => expect(pc.remote).toHaveLength(2));
    expect(receivingSlots(pc.transceivers as never)).toBe(3);
    expect(remote).toHaveBeenLastCalledWith([
      expect.objectContaining({ mid: '1' }),
      expect.objectContaining({ mid: '2' }),
      expect.objectContaining({ mid: '3' }),
    ]);
  });

  it('leaving stops the camera and tells the server once', async () => {
    const { leg, request, track } = setup(0);
    await leg.join('x');
    leg.leave();
    leg.leave();
    expect(track.stop).toHaveBeenCalled();
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
