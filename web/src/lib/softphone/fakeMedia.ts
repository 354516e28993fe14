/** Test helpers: a fake microphone and peer connection, enough for the softphone's leg. */
import type { MediaDeps } from '../audioCheck';

export function fakeMic() {
  const track = { kind: 'audio', enabled: true, readyState: 'live', stop() {
    this.readyState = 'ended';
  } };
  const stream = { getAudioTracks: () => [track], getTracks: () => [track] };
  return { track, stream: stream as unknown as MediaStream };
}

export class FakePc {
  connectionState: RTCPeerConnectionState = 'new';
  localDescription: { type: string; sdp: string } | null = null;
  remote: RTCSessionDescriptionInit | null = null;
  transceivers: { track: unknown; init: RTCRtpTransceiverInit }[] = [];
  ontrack: ((ev: unknown) => void) | null = null;
  onconnectionstatechange: (() => void) | null = null;
  closed = false;
  tones: string[] = [];
  canInsertDTMF = true;
  constructor(readonly config: RTCConfiguration) {}
  addTransceiver(track: unknown, init: RTCRtpTransceiverInit) {
    this.transceivers.push({ track, init });
  }
  /** Like a browser's RTCDTMFSender, except that nothing plays: each insertDTMF replaces the tone buffer. */
  private readonly dtmf = (() => {
    const pc = this;
    return {
      toneBuffer: '',
      get canInsertDTMF() {
        return pc.canInsertDTMF;
      },
      insertDTMF(tones: string) {
        this.toneBuffer = tones;
        pc.tones.push(tones);
      },
    };
  })();
  getSenders() {
    return this.transceivers.map((t) => ({ track: t.track, dtmf: this.dtmf }));
  }
  /** The browser has played every tone it was given so far. */
  tonesPlayed() {
    this.dtmf.toneBuffer = '';
  }
  async createOffer() {
    return { type: 'offer', sdp: 'v=0 offer' };
  }
  async setLocalDescription(d: { type: string; sdp: string }) {
    this.localDescription = d;
  }
  async setRemoteDescription(d: RTCSessionDescriptionInit) {
    if (this.closed) throw new DOMException('closed', 'InvalidStateError');
    if (d.sdp === 'bad') throw new DOMException('bad answer', 'InvalidAccessError');
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

export function fakeDeps(getUserMedia?: MediaDeps['getUserMedia']) {
  const mic = fakeMic();
  const pcs: FakePc[] = [];
  const gum = getUserMedia ?? (async () => mic.stream);
  let gumCalls = 0;
  const deps: MediaDeps = {
    getUserMedia: (c) => {
      gumCalls++;
      return gum(c);
    },
    createPeerConnection: (config) => {
      const pc = new FakePc(config);
      pcs.push(pc);
      return pc as unknown as RTCPeerConnection;
    },
  };
  return { mic, pcs, deps, gumCalls: () => gumCalls };
}
