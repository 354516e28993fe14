/**
 * One browser's media leg in a video room of the server's media engine (docs/protocol.md: the video
 * check `diag.video.*`, video escalation `video.*` on `/ws` and `/v/ws`). The browser offers, the
 * server answers. The leg carries a receive-only audio section (sound stays on the phone call), one
 * camera section (sendrecv with a camera, recvonly without) and, while sharing, a send-only screen
 * section. When the others publish more streams than the leg can receive, it adds receive-only
 * video sections and offers again on the same connection.
 */
import { PEER_CONFIG, type MediaDeps } from '../audioCheck';
import { closePeer } from '../peerConnection';
import { deviceProblem, exchangeProblem, LegError, type DeviceProblem, type LegFailure } from '../legFailure';

export type RoomFailure = 'cameraDenied' | 'cameraMissing' | 'cameraBusy' | LegFailure;

export class RoomError extends LegError<RoomFailure> {
  constructor(failure: RoomFailure, cause?: unknown) {
    super('RoomError', failure, cause);
  }
}

/** The camera could not be opened (as opposed to the room refusing or the connection failing). */
export class CameraError extends RoomError {
  constructor(failure: RoomFailure, cause?: unknown) {
    super(failure, cause);
    this.name = 'CameraError';
  }
}

const CAMERA: Record<DeviceProblem, RoomFailure> = {
  denied: 'cameraDenied',
  missing: 'cameraMissing',
  busy: 'cameraBusy',
  unsupported: 'unsupported',
  generic: 'generic',
};

export function cameraFailure(err: unknown): RoomFailure {
  return err instanceof RoomError ? err.failure : CAMERA[deviceProblem(err)];
}

function exchangeFailure(err: unknown): RoomFailure {
  return err instanceof RoomError ? err.failure : exchangeProblem(err);
}

/** How many of these video transceivers can receive (the ones the server can send a stream on). */
export function receivingSlots(transceivers: Pick<RTCRtpTransceiver, 'direction' | 'receiver'>[]): number {
  return transceivers.filter(
    (t) => t.receiver.track?.kind === 'video' && (t.direction === 'sendrecv' || t.direction === 'recvonly'),
  ).length;
}

export interface RoomAnswer {
  sdp: string;
  sources: number;
}

/** The room's commands on whichever socket the page has: the first offer, re-offers, and leaving (if the protocol has it). */
export interface RoomSignalling {
  join(sdp: string): Promise<RoomAnswer>;
  offer(sdp: string): Promise<RoomAnswer>;
  leave?(): Promise<unknown>;
}

export interface RemoteVideo {
  mid: string;
  track: MediaStreamTrack;
}

export interface RoomListener {
  /** The video tracks the others publish now, in the order of their sections. */
  onRemoteTracks(tracks: RemoteVideo[]): void;
  onPeerState(state: RTCPeerConnectionState): void;
}

export interface RoomLegOptions {
  /** The camera to publish from the start: constraints, `true` for any camera, `false` to only receive. */
  camera: MediaTrackConstraints | boolean;
}

/** Asks for the wanted camera, then for any camera when that one cannot be had (but not after a refusal). */
async function openCamera(deps: MediaDeps, wanted: MediaTrackConstraints | true): Promise<MediaStream> {
  try {
    return await deps.getUserMedia({ video: wanted });
  } catch (err) {
    const failure = cameraFailure(err);
    if (wanted === true || failure === 'cameraDenied') throw new CameraError(failure, err);
  }
  try {
    return await deps.getUserMedia({ video: true });
  } catch (err) {
    throw new CameraError(cameraFailure(err), err);
  }
}

function numericMid(t: RemoteVideo): number {
  const n = Number(t.mid);
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}

export class RoomLeg {
  private readonly signalling: RoomSignalling;
  private readonly deps: MediaDeps;
  private readonly listener: RoomListener;
  private readonly cameraWanted: MediaTrackConstraints | true;
  private readonly cameraAtStart: boolean;
  private pc: RTCPeerConnection | null = null;
  private camera: MediaStream | null = null;
  private cameraSection: RTCRtpTransceiver | null = null;
  private shareSection: RTCRtpTransceiver | null = null;
  private shareTrack: MediaStreamTrack | null = null;
  private wanted = 0;
  /** A section changed direction or track since the last offer. */
  private changed = false;
  private negotiation: Promise<void> = Promise.resolve();
  private stopped = false;
  private joined = false;

  constructor(signalling: RoomSignalling, deps: MediaDeps, listener: RoomListener, options: RoomLegOptions) {
    this.signalling = signalling;
    this.deps = deps;
    this.listener = listener;
    this.cameraAtStart = options.camera !== false;
    this.cameraWanted = typeof options.camera === 'object' ? options.camera : true;
  }

  /** The local camera while it is on, for the preview. */
  get cameraStream(): MediaStream | null {
    return this.camera;
  }

  get cameraOn(): boolean {
    return this.camera !== null;
  }

  get sharing(): boolean {
    return this.shareTrack !== null;
  }

  /** The screen being shared now, if any. */
  get sharedTrack(): MediaStreamTrack | null {
    return this.shareTrack;
  }

  /** Opens the camera (if asked) and joins the room; rejects with a `RoomError`. */
  async join(): Promise<void> {
    let camera: MediaStream | null = null;
    if (this.cameraAtStart) {
      camera = await openCamera(this.deps, this.cameraWanted);
      if (this.stopped) {
        camera.getTracks().forEach((t) => t.stop());
        return;
      }
      this.camera = camera;
      if (!camera.getVideoTracks()[0]) {
        this.leave();
        throw new CameraError('cameraMissing');
      }
    }
    const joining = this.firstOffer(camera);
    // Re-offers asked for meanwhile (a `sources` event before the answer) wait for it.
    this.negotiation = joining.catch(() => {});
    await joining;
  }

  private async firstOffer(camera: MediaStream | null): Promise<void> {
    try {
      const pc = this.deps.createPeerConnection(PEER_CONFIG);
      this.pc = pc;
      pc.ontrack = () => this.announceTracks();
      pc.onconnectionstatechange = () => {
        if (this.pc === pc) this.listener.onPeerState(pc.connectionState);
      };
      // The server's legs always carry an audio section; the sound goes over the phone.
      pc.addTransceiver('audio', { direction: 'recvonly' });
      const track = camera?.getVideoTracks()[0];
      this.cameraSection = track
        ? pc.addTransceiver(track, { direction: 'sendrecv', streams: [camera as MediaStream] })
        : pc.addTransceiver('video', { direction: 'recvonly' });
      const offer = await pc.createOffer();
      await pc.setLocalDescription(offer);
      if (this.stopped) return;
      this.joined = true;
      const answer = await this.signalling.join(pc.localDescription?.sdp ?? '');
      if (this.stopped) return;
      await pc.setRemoteDescription({ type: 'answer', sdp: answer.sdp });
      this.wanted = answer.sources;
      this.announceTracks();
      if (receivingSlots(pc.getTransceivers()) < answer.sources) this.renegotiate();
    } catch (err) {
      if (this.stopped) return;
      this.leave();
      throw new RoomError(exchangeFailure(err), err);
    }
  }

  /** The others publish `count` streams: receive them all, adding sections if needed. */
  sources(count: number): void {
    this.wanted = count;
    const pc = this.pc;
    if (!pc) return;
    if (receivingSlots(pc.getTransceivers()) < count) this.renegotiate();
    else this.announceTracks();
  }

  /** Turns this side's camera on or off during the room; rejects with a `RoomError` when the camera cannot be opened. */
  async setCamera(on: boolean): Promise<void> {
    const section = this.cameraSection;
    if (!this.pc || !section || on === this.cameraOn) return;
    if (on) {
      const camera = await openCamera(this.deps, this.cameraWanted);
      const track = camera.getVideoTracks()[0];
      if (this.stopped || !track || this.pc === null) {
        camera.getTracks().forEach((t) => t.stop());
        if (!track && !this.stopped) throw new CameraError('cameraMissing');
        return;
      }
      this.camera = camera;
      await section.sender.replaceTrack(track);
      section.sender.setStreams?.(camera);
      section.direction = 'sendrecv';
    } else {
      const camera = this.camera;
      this.camera = null;
      // Stopping the track turns the camera light off; the section keeps receiving.
      camera?.getTracks().forEach((t) => t.stop());
      await section.sender.replaceTrack(null);
      section.direction = 'recvonly';
    }
    this.renegotiate(true);
  }

  /**
   * Swaps the camera for another one (a phone's front or back camera) on the same section: no new
   * offer. The old camera is let go first (phones often cannot open two at once); if the new one
   * cannot be opened, the old one comes back and this rejects with a `RoomError`.
   */
  async switchCamera(wanted: MediaTrackConstraints, previous: MediaTrackConstraints | true = this.cameraWanted): Promise<void> {
    const section = this.cameraSection;
    if (!this.pc || !section || !this.cameraOn) return;
    this.camera?.getTracks().forEach((t) => t.stop());
    this.camera = null;
    let camera: MediaStream;
    let failure: unknown = null;
    try {
      camera = await openCamera(this.deps, wanted);
    } catch (err) {
      failure = err;
      camera = await openCamera(this.deps, previous);
    }
    const track = camera.getVideoTracks()[0];
    if (this.stopped || !track || this.pc === null) {
      camera.getTracks().forEach((t) => t.stop());
      return;
    }
    this.camera = camera;
    await section.sender.replaceTrack(track);
    section.sender.setStreams?.(camera);
    if (failure) throw failure instanceof RoomError ? failure : new CameraError(cameraFailure(failure), failure);
  }

  /** Sends a second video (a screen share) next to the camera, on the share section of an earlier share if any. */
  startSharing(track: MediaStreamTrack, stream: MediaStream): void {
    const pc = this.pc;
    if (!pc || this.shareTrack) return;
    this.shareTrack = track;
    const section = this.shareSection;
    if (section) {
      void section.sender.replaceTrack(track);
      section.sender.setStreams?.(stream);
      section.direction = 'sendonly';
    } else {
      this.shareSection = pc.addTransceiver(track, { direction: 'sendonly', streams: [stream] });
    }
    this.renegotiate(true);
  }

  stopSharing(): void {
    const track = this.shareTrack;
    const section = this.shareSection;
    if (!track || !section) return;
    this.shareTrack = null;
    track.stop();
    void section.sender.replaceTrack(null);
    section.direction = 'inactive';
    this.renegotiate(true);
  }

  /** One offer/answer at a time; a change during one gets its own after it. */
  private renegotiate(changed = false): void {
    if (changed) this.changed = true;
    this.negotiation = this.negotiation.then(() => this.offerAgain()).catch(() => {
      // a failed re-offer leaves the streams that already flow; the next change tries again
    });
  }

  private async offerAgain(): Promise<void> {
    const pc = this.pc;
    if (!pc || this.stopped) return;
    if (!this.changed && receivingSlots(pc.getTransceivers()) >= this.wanted) return;
    this.changed = false;
    while (receivingSlots(pc.getTransceivers()) < this.wanted) pc.addTransceiver('video', { direction: 'recvonly' });
    const offer = await pc.createOffer();
    await pc.setLocalDescription(offer);
    const answer = await this.signalling.offer(pc.localDescription?.sdp ?? '');
    if (this.pc !== pc) return;
    await pc.setRemoteDescription({ type: 'answer', sdp: answer.sdp });
    this.wanted = answer.sources;
    this.announceTracks();
    if (answer.sources > receivingSlots(pc.getTransceivers())) this.sources(answer.sources);
  }

  /** The receiving sections in order, as many as the others publish (a stopped share leaves a silent section). */
  private announceTracks(): void {
    const pc = this.pc;
    if (!pc) return;
    const tracks = pc
      .getTransceivers()
      .filter((t) => t.mid !== null && t.receiver.track.kind === 'video')
      .filter((t) => t.currentDirection === 'sendrecv' || t.currentDirection === 'recvonly')
      .map((t) => ({ mid: t.mid as string, track: t.receiver.track }))
      .sort((a, b) => numericMid(a) - numericMid(b));
    this.listener.onRemoteTracks(tracks.slice(0, this.wanted));
  }

  stats(): Promise<RTCStatsReport | null> {
    return this.pc ? this.pc.getStats() : Promise.resolve(null);
  }

  /** Closes the connection, the camera and the share, and tells the server if the protocol has a way to. */
  leave(): void {
    if (this.stopped) return;
    this.stopped = true;
    const pc = this.pc;
    this.pc = null;
    closePeer(pc);
    this.camera?.getTracks().forEach((t) => t.stop());
    this.shareTrack?.stop();
    this.camera = null;
    this.shareTrack = null;
    if (this.joined && this.signalling.leave) {
      this.signalling.leave().catch(() => {
        // the socket is gone: the server releases the leg with it
      });
    }
  }
}
