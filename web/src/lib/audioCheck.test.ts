import { describe, expect, it, vi } from 'vitest';
import { AudioCheckError, AudioCheckLeg, PEER_CONFIG, micFailure, type MediaDeps } from './audioCheck';
import { WsError } from './ws';

function fakeMic() {
  const track = { kind: 'audio', stop: vi.fn() };
  const stream = { getAudioTracks: () => [track], getTracks: () => [track] };
  return { track, stream: stream as unknown as MediaStream };
}

class FakePc {
  connectionState: RTCPeerConnectionState = 'new';
  localDescription: { type: string; sdp: string } | null = null;
  remote: RTCSessionDescriptionInit | null = null;
  transceivers: { track: unknown; init: RTCRtpTransceiverInit }[] = [];
  ontrack: ((ev: unknown) => void) | null = null;
  onconnectionstatechange: (() => void) | null = null;
  closed = false;
  addTransceiver(track: unknown, init: RTCRtpTransceiverInit) {
    this.transceivers.push({ track, init });
  }
  async createOffer() {
    return { type: 'offer', sdp: 'v=0 offer' };
  }
  async setLocalDescription(d: { type: string; sdp: string }) {
    this.localDescription = d;
  }
  async setRemoteDescription(d: RTCSessionDescriptionInit) {
    if (this.closed) throw new DOMException('closed', 'InvalidStateError');
    this.remote = d;
  }
  close() {
    this.closed = true;
  }
  goTo(state: RTCPeerConnectionState) {
    this.connectionState = state;
    this.onconnectionstatechange?.();
  }
}

function setup(request: (type: string, payload: unknown) => Promise<unknown>, getUserMedia?: MediaDeps['getUserMedia']) {
  const mic = fakeMic();
  const pcs: FakePc[] = [];
  const deps: MediaDeps = {
    getUserMedia: getUserMedia ?? vi.fn(async () => mic.stream),
    createPeerConnection: vi.fn(() => {
      const pc = new FakePc();
      pcs.push(pc);
      return pc as unknown as RTCPeerConnection;
    }),
  };
  const ws = { request: vi.fn(request) };
  const listener = { onRemoteStream: vi.fn(), onPeerState: vi.fn() };
  const leg = new AudioCheckLeg(ws as never, deps, listener);
  return { mic, pcs, deps, ws, listener, leg };
}

const answering = async (type: string) => (type === 'diag.audio.start' ? { sdp: 'v=0 answer' } : {});

describe('the audio check leg', () => {
  it('offers the microphone, sends diag.audio.start and applies the answer', async () => {
    const { mic, pcs, deps, ws, leg } = setup(answering);
    await leg.start();
    expect(deps.getUserMedia).toHaveBeenCalledWith({ audio: true });
    expect(deps.createPeerConnection).toHaveBeenCalledWith(PEER_CONFIG);
    expect(PEER_CONFIG).toEqual({ bundlePolicy: 'max-bundle', rtcpMuxPolicy: 'require' });
    const pc = pcs[0];
    expect(pc.transceivers).toEqual([{ track: mic.track, init: { direction: 'sendrecv', streams: [mic.stream] } }]);
    expect(ws.request).toHaveBeenCalledWith('diag.audio.start', { sdp: 'v=0 offer' });
    expect(pc.remote).toEqual({ type: 'answer', sdp: 'v=0 answer' });
  });

  it('Stop closes the peer connection, stops the microphone and sends diag.audio.stop', async () => {
    const { mic, pcs, ws, leg } = setup(answering);
    await leg.start();
    leg.stop();
    leg.stop();
    expect(pcs[0].closed).toBe(true);
    expect(mic.track.stop).toHaveBeenCalled();
    expect(ws.request).toHaveBeenLastCalledWith('diag.audio.stop', undefined);
    expect(ws.request.mock.calls.filter(([type]) => type === 'diag.audio.stop')).toHaveLength(1);
  });

  it('reports the peer connection state', async () => {
    const { pcs, listener, leg } = setup(answering);
    await leg.start();
    pcs[0].goTo('failed');
    expect(listener.onPeerState).toHaveBeenLastCalledWith('failed');
  });

  it('explains a refused or missing microphone', async () => {
    const denied = setup(answering, () => Promise.reject(new DOMException('no', 'NotAllowedError')));
    await expect(denied.leg.start()).rejects.toMatchObject({ failure: 'micDenied' });
    expect(denied.deps.createPeerConnection).not.toHaveBeenCalled();
    expect(denied.ws.request).not.toHaveBeenCalled();
    expect(micFailure(new DOMException('none', 'NotFoundError'))).toBe('micMissing');
    expect(micFailure(new DOMException('busy', 'NotReadableError'))).toBe('micBusy');
    expect(micFailure(new Error('?'))).toBe('generic');
  });

  it('cleans up when the server refuses the offer', async () => {
    const { mic, pcs, leg, ws } = setup(async (type) => {
      if (type === 'diag.audio.start') throw new WsError('invalidPayload', 'bad offer');
      return {};
    });
    const err = await leg.start().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AudioCheckError);
    expect((err as AudioCheckError).failure).toBe('rejected');
    expect(pcs[0].closed).toBe(true);
    expect(mic.track.stop).toHaveBeenCalled();
    expect(ws.request).toHaveBeenLastCalledWith('diag.audio.stop', undefined);
  });

  it('passes on socket failures', async () => {
    const { leg } = setup(async () => {
      throw new WsError('notConnected');
    });
    await expect(leg.start()).rejects.toMatchObject({ failure: 'notConnected' });
  });

  it('stopping while the server answers releases its leg and applies nothing', async () => {
    let answer: (v: unknown) => void = () => {};
    const { pcs, ws, leg } = setup((type) =>
      type === 'diag.audio.start' ? new Promise((resolve) => (answer = resolve)) : Promise.resolve({}),
    );
    const started = leg.start();
    await vi.waitFor(() => expect(ws.request).toHaveBeenCalledWith('diag.audio.start', expect.anything()));
    leg.stop();
    answer({ sdp: 'v=0 answer' });
    await expect(started).resolves.toBeUndefined();
    expect(pcs[0].remote).toBeNull();
    expect(ws.request.mock.calls.filter(([type]) => type === 'diag.audio.stop').length).toBeGreaterThanOrEqual(1);
  });

  it('stopping while the browser asks for the microphone releases it when it comes', async () => {
    const mic = fakeMic();
    let grant: (s: MediaStream) => void = () => {};
    const { leg, deps, ws } = setup(answering, () => new Promise((resolve) => (grant = resolve)));
    const started = leg.start();
    leg.stop();
    grant(mic.stream);
    await started;
    expect(mic.track.stop).toHaveBeenCalled();
    expect(deps.createPeerConnection).not.toHaveBeenCalled();
    expect(ws.request).not.toHaveBeenCalled();
  });
});
