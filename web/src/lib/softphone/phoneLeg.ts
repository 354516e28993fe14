/** One attempt at the softphone's media leg: microphone → `phone.connect` → the server's answer (SP-16). */
import { PEER_CONFIG, type MediaDeps } from '../audioCheck';
import { WsError, type WsClient } from '../ws';
import { closePeer } from '../peerConnection';

/** Failures that trying again will not cure: the user (or an administrator) has to act. */
export type PhoneLegFailure =
  | 'micDenied'
  | 'micMissing'
  | 'micBusy'
  | 'unsupported'
  | 'noExtension'
  | 'rejected'
  // The dev phone's number (docs/protocol.md, "Dev phone"): taken by another open dev phone, not a
  // national number, or one of the company's own numbers.
  | 'numberTaken'
  | 'invalidNumber'
  | 'companyNumber';

const NUMBER_REFUSALS: ReadonlySet<string> = new Set(['numberTaken', 'invalidNumber', 'companyNumber']);

export class PhoneLegError extends Error {
  /** Null for a passing problem (network, timeout): worth trying again. */
  readonly failure: PhoneLegFailure | null;
  constructor(failure: PhoneLegFailure | null, cause?: unknown) {
    super(failure ?? 'transient', { cause });
    this.name = 'PhoneLegError';
    this.failure = failure;
  }
}

/** What a failed `phone.connect` means: `forbidden` is an account without an extension. */
export function connectFailure(err: unknown): PhoneLegFailure | null {
  if (err instanceof WsError) {
    if (err.code === 'forbidden') return 'noExtension';
    if (err.code === 'invalidPayload') return NUMBER_REFUSALS.has(err.message) ? (err.message as PhoneLegFailure) : 'rejected';
    return null;
  }
  return 'rejected';
}

export interface PhoneLegListener {
  onRemoteStream(stream: MediaStream): void;
  onPeerState(state: RTCPeerConnectionState): void;
}

export interface LineInfo {
  lineId: string;
  extension: string;
  /** The server gave back the line that was asked for, with its call (if it still has one). */
  resumed: boolean;
}

type Ws = Pick<WsClient, 'request'>;

/** `start()` once; `stop()` at any time. The leg is never renegotiated; a new one replaces it on the server. */
export class PhoneLeg {
  private readonly ws: Ws;
  private readonly deps: MediaDeps;
  private readonly listener: PhoneLegListener;
  private pc: RTCPeerConnection | null = null;
  private stopped = false;

  constructor(ws: Ws, deps: MediaDeps, listener: PhoneLegListener) {
    this.ws = ws;
    this.deps = deps;
    this.listener = listener;
  }

  get peerState(): RTCPeerConnectionState | null {
    return this.pc?.connectionState ?? null;
  }

  /**
   * Offers the microphone's track and applies the answer; rejects with a `PhoneLegError`, or resolves
   * null when stopped meanwhile. `lineId` asks the server for the line this tab had (SP-16); `extra`
   * goes along in `phone.connect` (the dev phone's number).
   */
  async start(mic: MediaStream, lineId?: string | null, extra: { number?: string } = {}): Promise<LineInfo | null> {
    const track = mic.getAudioTracks()[0];
    if (!track) throw new PhoneLegError('micMissing');
    let pc: RTCPeerConnection;
    let sdp: string;
    try {
      pc = this.deps.createPeerConnection(PEER_CONFIG);
      this.pc = pc;
      pc.ontrack = (ev) => {
        if (this.pc === pc) this.listener.onRemoteStream(ev.streams[0] ?? new MediaStream([ev.track]));
      };
      pc.onconnectionstatechange = () => {
        if (this.pc === pc) this.listener.onPeerState(pc.connectionState);
      };
      pc.addTransceiver(track, { direction: 'sendrecv', streams: [mic] });
      const offer = await pc.createOffer();
      await pc.setLocalDescription(offer);
      sdp = pc.localDescription?.sdp ?? offer.sdp ?? '';
    } catch (err) {
      if (this.stopped) return null;
      this.stop();
      throw new PhoneLegError('unsupported', err);
    }
    if (this.stopped) return null;
    let answer: { sdp: string; lineId: string; extension?: string; number?: string; resumed?: boolean };
    try {
      answer = await this.ws.request('phone.connect', lineId ? { ...extra, sdp, lineId } : { ...extra, sdp });
    } catch (err) {
      if (this.stopped) return null;
      this.stop();
      throw new PhoneLegError(connectFailure(err), err);
    }
    if (this.stopped) return null;
    try {
      await pc.setRemoteDescription({ type: 'answer', sdp: answer.sdp });
    } catch (err) {
      if (this.stopped) return null;
      this.stop();
      throw new PhoneLegError('rejected', err);
    }
    // A dev phone's line has its own number where a softphone's has its extension.
    return { lineId: answer.lineId, extension: answer.extension ?? answer.number ?? '', resumed: answer.resumed === true };
  }

  /** Sends keypad tones down the leg (RFC 4733) when the server's answer allows it; false when it cannot. */
  sendDtmf(tones: string): boolean {
    const sender = this.pc?.getSenders().find((s) => s.track?.kind === 'audio');
    const dtmf = sender?.dtmf;
    if (!dtmf || !dtmf.canInsertDTMF) return false;
    // insertDTMF replaces the tones still waiting to be played: keys pressed faster than they play
    // (typed, or clicked quickly, as when keying a `*` transfer number) must queue after them.
    dtmf.insertDTMF(dtmf.toneBuffer + tones, 100, 70);
    return true;
  }

  /** Closes the peer connection (the microphone belongs to whoever opened it). */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    const pc = this.pc;
    this.pc = null;
    closePeer(pc);
  }
}
