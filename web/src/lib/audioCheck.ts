/** The audio check's media leg: microphone → server echo → speaker (docs/protocol.md, `diag.audio.*`). */
import type { WsClient } from './ws';
import { closePeer } from './peerConnection';
import { deviceProblem, exchangeProblem, LegError, type DeviceProblem, type LegFailure } from './legFailure';

/** Why a check could not start or had to stop; each has its own explanation in the page. */
export type AudioCheckFailure = 'micDenied' | 'micMissing' | 'micBusy' | LegFailure;

export class AudioCheckError extends LegError<AudioCheckFailure> {
  constructor(failure: AudioCheckFailure, cause?: unknown) {
    super('AudioCheckError', failure, cause);
  }
}

/** The browser APIs the leg needs (fakes in tests). */
export interface MediaDeps {
  getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream>;
  createPeerConnection(config: RTCConfiguration): RTCPeerConnection;
}

/** This browser's media APIs, or null when it has none (old browser, or a page not served over HTTPS). */
export function browserMediaDeps(): MediaDeps | null {
  if (typeof RTCPeerConnection === 'undefined' || !navigator.mediaDevices?.getUserMedia) return null;
  return {
    getUserMedia: (constraints) => navigator.mediaDevices.getUserMedia(constraints),
    createPeerConnection: (config) => new RTCPeerConnection(config),
  };
}

/** One audio m-line, BUNDLE and rtcp-mux; no ICE servers: the server is ICE-lite with a host candidate. */
export const PEER_CONFIG: RTCConfiguration = { bundlePolicy: 'max-bundle', rtcpMuxPolicy: 'require' };

export interface AudioCheckListener {
  /** The echo coming back from the server, to be played. */
  onRemoteStream(stream: MediaStream): void;
  onPeerState(state: RTCPeerConnectionState): void;
}

const MIC: Record<DeviceProblem, AudioCheckFailure> = {
  denied: 'micDenied',
  missing: 'micMissing',
  busy: 'micBusy',
  unsupported: 'unsupported',
  generic: 'generic',
};

/** What getUserMedia's rejection means for the user. */
export function micFailure(err: unknown): AudioCheckFailure {
  return MIC[deviceProblem(err)];
}

/** What a failed offer/answer exchange means for the user. */
export function exchangeFailure(err: unknown): AudioCheckFailure {
  return err instanceof AudioCheckError ? err.failure : exchangeProblem(err);
}

type Ws = Pick<WsClient, 'request'>;

/**
 * One run of the audio check. `start()` once; `stop()` at any time, also while it is still
 * starting (then `start()` resolves without doing more), and as often as wanted.
 */
export class AudioCheckLeg {
  private readonly ws: Ws;
  private readonly deps: MediaDeps;
  private readonly listener: AudioCheckListener;
  private pc: RTCPeerConnection | null = null;
  private mic: MediaStream | null = null;
  private stopped = false;
  private serverLeg = false;

  constructor(ws: Ws, deps: MediaDeps, listener: AudioCheckListener) {
    this.ws = ws;
    this.deps = deps;
    this.listener = listener;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /** Opens the microphone, offers it to the server and applies its answer; rejects with an `AudioCheckError`. */
  async start(): Promise<void> {
    let mic: MediaStream;
    try {
      mic = await this.deps.getUserMedia({ audio: true });
    } catch (err) {
      throw new AudioCheckError(micFailure(err), err);
    }
    if (this.stopped) {
      stopTracks(mic);
      return;
    }
    this.mic = mic;
    const track = mic.getAudioTracks()[0];
    if (!track) {
      this.stop();
      throw new AudioCheckError('micMissing');
    }
    try {
      const pc = this.deps.createPeerConnection(PEER_CONFIG);
      this.pc = pc;
      pc.ontrack = (ev) => {
        if (this.pc === pc) this.listener.onRemoteStream(ev.streams[0] ?? new MediaStream([ev.track]));
      };
      pc.onconnectionstatechange = () => {
        if (this.pc === pc) this.listener.onPeerState(pc.connectionState);
      };
      this.listener.onPeerState(pc.connectionState);
      pc.addTransceiver(track, { direction: 'sendrecv', streams: [mic] });
      const offer = await pc.createOffer();
      await pc.setLocalDescription(offer);
      if (this.stopped) return;
      // No waiting for ICE gathering: the ICE-lite server only needs its own candidate in the answer.
      const sdp = pc.localDescription?.sdp ?? offer.sdp ?? '';
      this.serverLeg = true;
      const answer = await this.ws.request('diag.audio.start', { sdp });
      if (this.stopped) {
        // stopped while the server was answering: make sure the leg it just made is released
        this.sendStop();
        return;
      }
      await pc.setRemoteDescription({ type: 'answer', sdp: answer.sdp });
    } catch (err) {
      if (this.stopped) return;
      this.stop();
      throw new AudioCheckError(exchangeFailure(err), err);
    }
  }

  /** Closes the peer connection, releases the microphone and tells the server to release its leg. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    const pc = this.pc;
    this.pc = null;
    closePeer(pc);
    if (this.mic) stopTracks(this.mic);
    this.mic = null;
    if (this.serverLeg) this.sendStop();
  }

  /** The peer connection's statistics, or null once stopped. */
  stats(): Promise<RTCStatsReport | null> {
    return this.pc ? this.pc.getStats() : Promise.resolve(null);
  }

  private sendStop(): void {
    this.serverLeg = false;
    this.ws.request('diag.audio.stop', undefined).catch(() => {
      // the socket is gone: the server releases the leg with the tab
    });
  }
}

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
