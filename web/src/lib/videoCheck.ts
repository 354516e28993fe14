/**
 * The video check's media leg (docs/protocol.md, `diag.video.*`): this browser's camera goes to the
 * server's video room, which forwards the other participants' cameras back. The server answers;
 * when the others publish more streams than this leg can receive, it adds receive-only video
 * sections and offers again, on the same connection.
 */
// The same browser APIs and transport settings as every other leg: everything bundled on one transport.
import { PEER_CONFIG, type MediaDeps } from './audioCheck';
import { WsError, type WsClient } from './ws';

export type VideoCheckFailure =
  | 'cameraDenied'
  | 'cameraMissing'
  | 'cameraBusy'
  | 'unsupported'
  | 'notConnected'
  | 'disconnected'
  | 'timeout'
  | 'rejected'
  | 'failed'
  | 'generic';

export class VideoCheckError extends Error {
  readonly failure: VideoCheckFailure;
  constructor(failure: VideoCheckFailure, cause?: unknown) {
    super(failure, { cause });
    this.name = 'VideoCheckError';
    this.failure = failure;
  }
}

export function cameraFailure(err: unknown): VideoCheckFailure {
  const name = typeof err === 'object' && err !== null ? (err as { name?: unknown }).name : undefined;
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'cameraDenied';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'cameraMissing';
    case 'NotReadableError':
    case 'AbortError':
      return 'cameraBusy';
    default:
      return 'generic';
  }
}

function exchangeFailure(err: unknown): VideoCheckFailure {
  if (err instanceof VideoCheckError) return err.failure;
  if (err instanceof WsError) {
    if (err.code === 'notConnected' || err.code === 'disconnected' || err.code === 'timeout') return err.code;
    return err.code === 'invalidPayload' ? 'rejected' : 'generic';
  }
  return 'rejected';
}

/** How many of these video transceivers can receive (the ones the server can send a stream on). */
export function receivingSlots(transceivers: Pick<RTCRtpTransceiver, 'direction' | 'receiver'>[]): number {
  return transceivers.filter(
    (t) => t.receiver.track?.kind === 'video' && (t.direction === 'sendrecv' || t.direction === 'recvonly'),
  ).length;
}

export interface VideoCheckListener {
  /** The video tracks this leg receives now, by the mid of their section. */
  onRemoteTracks(tracks: { mid: string; track: MediaStreamTrack }[]): void;
  onPeerState(state: RTCPeerConnectionState): void;
}

type Ws = Pick<WsClient, 'request'>;

export class VideoCheckLeg {
  private readonly ws: Ws;
  private readonly deps: MediaDeps;
  private readonly listener: VideoCheckListener;
  private pc: RTCPeerConnection | null = null;
  private camera: MediaStream | null = null;
  private share: { transceiver: RTCRtpTransceiver; track: MediaStreamTrack } | null = null;
  private wanted = 0;
  private negotiation: Promise<void> = Promise.resolve();
  private stopped = false;
  private joined = false;

  constructor(ws: Ws, deps: MediaDeps, listener: VideoCheckListener) {
    this.ws = ws;
    this.deps = deps;
    this.listener = listener;
  }

  /** The local camera, for the preview. */
  get cameraStream(): MediaStream | null {
    return this.camera;
  }

  /** Opens the camera and joins the room; rejects with a `VideoCheckError`. */
  async join(room: string): Promise<void> {
    let camera: MediaStream;
    try {
      camera = await this.deps.getUserMedia({ video: true });
    } catch (err) {
      throw new VideoCheckError(cameraFailure(err), err);
    }
    if (this.stopped) {
      camera.getTracks().forEach((t) => t.stop());
      return;
    }
    this.camera = camera;
    const track = camera.getVideoTracks()[0];
    if (!track) {
      this.leave();
      throw new VideoCheckError('cameraMissing');
    }
    try {
      const pc = this.deps.createPeerConnection(PEER_CONFIG);
      this.pc = pc;
      pc.ontrack = () => this.announceTracks();
      pc.onconnectionstatechange = () => {
        if (this.pc === pc) this.listener.onPeerState(pc.connectionState);
      };
      // The server's legs always carry an audio section; this check sends no sound.
      pc.addTransceiver('audio', { direction: 'recvonly' });
      pc.addTransceiver(track, { direction: 'sendrecv', streams: [camera] });
      const offer = await pc.createOffer();
      await pc.setLocalDescription(offer);
      if (this.stopped) return;
      this.joined = true;
      const answer = await this.ws.request('diag.video.join', { room, sdp: pc.localDescription?.sdp ?? '' });
      if (this.stopped) return;
      await pc.setRemoteDescription({ type: 'answer', sdp: answer.sdp });
      this.announceTracks();
      this.sources(answer.sources);
    } catch (err) {
      if (this.stopped) return;
      this.leave();
      throw new VideoCheckError(exchangeFailure(err), err);
    }
  }

  /** The others publish `count` streams: receive them all, adding sections if needed. */
  sources(count: number): void {
    this.wanted = count;
    const pc = this.pc;
    if (pc && receivingSlots(pc.getTransceivers()) < count) this.renegotiate();
  }

  /** Sends a second video (a screen share) next to the camera. */
  startSharing(track: MediaStreamTrack, stream: MediaStream): void {
    const pc = this.pc;
    if (!pc || this.share) return;
    this.share = { transceiver: pc.addTransceiver(track, { direction: 'sendonly', streams: [stream] }), track };
    this.renegotiate();
  }

  stopSharing(): void {
    const share = this.share;
    if (!share) return;
    this.share = null;
    share.track.stop();
    void share.transceiver.sender.replaceTrack(null);
    share.transceiver.direction = 'inactive';
    this.renegotiate();
  }

  get sharing(): boolean {
    return this.share !== null;
  }

  /** One offer/answer at a time; a change during one gets its own after it. */
  private renegotiate(): void {
    this.negotiation = this.negotiation.then(() => this.offerAgain()).catch(() => {
      // a failed re-offer leaves the streams that already flow; the next change tries again
    });
  }

  private async offerAgain(): Promise<void> {
    const pc = this.pc;
    if (!pc || this.stopped) return;
    while (receivingSlots(pc.getTransceivers()) < this.wanted) pc.addTransceiver('video', { direction: 'recvonly' });
    const offer = await pc.createOffer();
    await pc.setLocalDescription(offer);
    const answer = await this.ws.request('diag.video.offer', { sdp: pc.localDescription?.sdp ?? '' });
    if (this.pc !== pc) return;
    await pc.setRemoteDescription({ type: 'answer', sdp: answer.sdp });
    this.announceTracks();
    if (answer.sources > receivingSlots(pc.getTransceivers())) this.sources(answer.sources);
  }

  private announceTracks(): void {
    const pc = this.pc;
    if (!pc) return;
    const tracks = pc
      .getTransceivers()
      .filter((t) => t.mid !== null && t.receiver.track.kind === 'video')
      .filter((t) => t.currentDirection === 'sendrecv' || t.currentDirection === 'recvonly')
      .map((t) => ({ mid: t.mid as string, track: t.receiver.track }));
    this.listener.onRemoteTracks(tracks);
  }

  stats(): Promise<RTCStatsReport | null> {
    return this.pc ? this.pc.getStats() : Promise.resolve(null);
  }

  /** Closes the connection, the camera and the share, and tells the server. */
  leave(): void {
    if (this.stopped) return;
    this.stopped = true;
    const pc = this.pc;
    this.pc = null;
    if (pc) {
      pc.ontrack = null;
      pc.onconnectionstatechange = null;
      pc.close();
    }
    this.camera?.getTracks().forEach((t) => t.stop());
    this.share?.track.stop();
    this.camera = null;
    this.share = null;
    if (this.joined) {
      this.ws.request('diag.video.leave', undefined).catch(() => {
        // the socket is gone: the server releases the leg with the tab
      });
    }
  }
}

/** One received video stream as `getStats()` reports it. */
export interface ReceivedVideo {
  mid: string;
  framesDecoded: number;
  width: number | null;
  height: number | null;
}

type StatsEntry = { type?: string; [field: string]: unknown };

/** The inbound video streams of a stats report, by mid. Pure. */
export function readVideoStats(entries: Iterable<StatsEntry>): ReceivedVideo[] {
  const out: ReceivedVideo[] = [];
  for (const s of entries) {
    if (s.type !== 'inbound-rtp' || (s.kind !== 'video' && s.mediaType !== 'video')) continue;
    const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
    out.push({
      mid: typeof s.mid === 'string' ? s.mid : '?',
      framesDecoded: n(s.framesDecoded) ?? 0,
      width: n(s.frameWidth),
      height: n(s.frameHeight),
    });
  }
  return out.sort((a, b) => a.mid.localeCompare(b.mid, undefined, { numeric: true }));
}

/** A moving test pattern, for a second video where the screen cannot be shared (headless browsers). */
export function testPattern(): { stream: MediaStream; stop(): void } {
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 360;
  const ctx = canvas.getContext('2d');
  let frame = 0;
  const timer = setInterval(() => {
    if (!ctx) return;
    frame++;
    ctx.fillStyle = `hsl(${(frame * 7) % 360} 60% 40%)`;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#fff';
    ctx.font = '48px sans-serif';
    ctx.fillText(`Tsunagu ${frame}`, 40, 200);
  }, 66);
  const stream = canvas.captureStream(15);
  return {
    stream,
    stop: () => {
      clearInterval(timer);
      stream.getTracks().forEach((t) => t.stop());
    },
  };
}
