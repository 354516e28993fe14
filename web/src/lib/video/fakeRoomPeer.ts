/** Test helpers: a fake peer connection and camera, enough for a room leg's offers and sections. */
import { vi } from 'vitest';
import type { MediaDeps } from '../audioCheck';

export type FakeTransceiver = {
  direction: RTCRtpTransceiverDirection;
  currentDirection: string | null;
  mid: string | null;
  receiver: { track: { kind: string } };
  sender: { track: unknown; replaceTrack: (t: unknown) => Promise<void> };
};

export class FakeRoomPeer {
  transceivers: FakeTransceiver[] = [];
  localDescription: { type: string; sdp: string } | null = null;
  remote: RTCSessionDescriptionInit[] = [];
  ontrack: (() => void) | null = null;
  onconnectionstatechange: (() => void) | null = null;
  connectionState = 'new';
  offers = 0;
  closed = false;
  addTransceiver(trackOrKind: unknown, init: RTCRtpTransceiverInit) {
    const kind = typeof trackOrKind === 'string' ? trackOrKind : (trackOrKind as { kind: string }).kind;
    const sender = {
      track: typeof trackOrKind === 'string' ? null : trackOrKind,
      async replaceTrack(t: unknown) {
        sender.track = t;
      },
    };
    const t: FakeTransceiver = { direction: init.direction ?? 'sendrecv', currentDirection: null, mid: null, receiver: { track: { kind } }, sender };
    this.transceivers.push(t);
    return t;
  }
  getTransceivers() {
    return this.transceivers;
  }
  /** Each section as `kind:direction`, in order. */
  sections(): string[] {
    return this.transceivers.map((t) => `${t.receiver.track.kind}:${t.direction}`);
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
      t.currentDirection = t.direction;
    });
  }
  close() {
    this.closed = true;
  }
  async getStats() {
    return new Map();
  }
}

export function fakeCamera() {
  const track = { kind: 'video', stop: vi.fn() };
  const stream = { getVideoTracks: () => [track], getTracks: () => [track] } as unknown as MediaStream;
  return { track, stream };
}

/** Media deps whose every getUserMedia gives a new fake camera (or fails with `refuse`). */
export function fakeRoomDeps(pc: FakeRoomPeer, refuse?: () => unknown) {
  const cameras: ReturnType<typeof fakeCamera>[] = [];
  const deps: MediaDeps = {
    getUserMedia: vi.fn(async () => {
      const err = refuse?.();
      if (err) throw err;
      const camera = fakeCamera();
      cameras.push(camera);
      return camera.stream;
    }),
    createPeerConnection: () => pc as unknown as RTCPeerConnection,
  };
  return { deps, cameras };
}
