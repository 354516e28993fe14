/**
 * Keeps the softphone's line up while the page is open (SP-16): one media leg at a time, opened
 * when the socket is up, opened again after the socket comes back or the leg drops, with a
 * growing delay between failed tries. Failures only the user can cure stop the tries. Every new
 * leg names the line the last answer gave, so the server can hand back the line and its call.
 */
import { micFailure, type MediaDeps } from '../audioCheck';
import type { PhoneLegState } from '../types';
import type { WsClient } from '../ws';
import { PhoneLeg, PhoneLegError, type PhoneLegFailure } from './phoneLeg';

/** `connecting` the first time, `reconnecting` after the line had been up once. */
export type LineState = 'connecting' | 'connected' | 'reconnecting' | 'failed';

/**
 * What happened to the line, for whoever shows its call: `dropped` (the socket or the leg went; the
 * server keeps the line and its call for a grace period), then `resumed` (the server gave the line
 * back, and sends its call's view), `replaced` (a new line: the old one's call is gone) or `failed`
 * (no more tries until the user reloads).
 */
export type LineEvent = 'dropped' | 'resumed' | 'replaced' | 'failed';

export interface LineSnapshot {
  state: LineState;
  /** Why the line is down for good (state `failed`). */
  failure: PhoneLegFailure | null;
  /** The server's audio to play. */
  remote: MediaStream | null;
  /** The line's extension, from the server's answer. */
  extension: string | null;
}

export const INITIAL_LINE: LineSnapshot = { state: 'connecting', failure: null, remote: null, extension: null };

export interface LineKeeperOptions {
  retryMinMs?: number;
  retryMaxMs?: number;
  /**
   * A `phone.leg` "closed"/"failed" this soon after an answer is taken to be about the leg the new
   * one replaced (the event does not say which leg it is about).
   */
  graceMs?: number;
  /** A leg that stayed up this long resets the delay between tries. */
  stableMs?: number;
  now?: () => number;
  /** Told synchronously, so that it comes in order with the server's `phone.call` events. */
  onLine?: (event: LineEvent) => void;
  /** Sent along with every `phone.connect` (the dev phone's number, read when the leg starts). */
  connectExtra?: () => { number?: string };
}

type Ws = Pick<WsClient, 'request'>;

export class PhoneLineKeeper {
  private readonly ws: Ws;
  private readonly deps: MediaDeps | null;
  private readonly onChange: (snapshot: LineSnapshot) => void;
  private readonly opts: Required<Omit<LineKeeperOptions, 'onLine' | 'connectExtra'>>;
  private readonly onLine: (event: LineEvent) => void;
  private readonly connectExtra: () => { number?: string };
  private snap: LineSnapshot = INITIAL_LINE;
  /** Sent with every new leg so that a drop does not cost the call (kept across reloads of the leg). */
  private lineId: string | null = null;
  private leg: PhoneLeg | null = null;
  private answeredAt: number | null = null;
  private upAt: number | null = null;
  private mic: MediaStream | null = null;
  private micEnabled = true;
  private socketUp = false;
  private everUp = false;
  private attempts = 0;
  private generation = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(ws: Ws, deps: MediaDeps | null, onChange: (snapshot: LineSnapshot) => void, options: LineKeeperOptions = {}) {
    this.ws = ws;
    this.deps = deps;
    this.onChange = onChange;
    const { onLine, connectExtra, ...opts } = options;
    this.opts = { retryMinMs: 1000, retryMaxMs: 15000, graceMs: 2000, stableMs: 10000, now: Date.now, ...opts };
    this.onLine = onLine ?? (() => {});
    this.connectExtra = connectExtra ?? (() => ({}));
  }

  get snapshot(): LineSnapshot {
    return this.snap;
  }

  /** The socket is (again) open: open a fresh leg, unless the line failed for good. */
  socketOpened(): void {
    if (this.stopped) return;
    this.socketUp = true;
    if (this.snap.failure) return;
    void this.connect();
  }

  /** The socket dropped: the server let the leg go with it. */
  socketClosed(): void {
    this.socketUp = false;
    this.generation++;
    clearTimeout(this.retryTimer);
    this.drop();
    if (!this.snap.failure) this.set({ state: this.waitingState(), remote: null });
    if (!this.stopped) this.onLine('dropped');
  }

  /** A `phone.leg` event. */
  legEvent(state: PhoneLegState): void {
    if (!this.leg || this.answeredAt === null) return; // still connecting: about the leg being replaced
    if (state === 'connected') {
      this.up();
    } else if (state === 'failed' || state === 'closed') {
      if (this.opts.now() - this.answeredAt < this.opts.graceMs) return;
      this.lost();
    }
  }

  /** Starts over (the Reload button), also after a failure the user has since cured. */
  reload(): void {
    if (this.stopped) return;
    this.attempts = 0;
    this.set({ failure: null });
    if (this.socketUp) {
      void this.connect();
    } else {
      this.set({ state: this.waitingState() });
    }
  }

  /** Mutes the microphone itself too (the server mutes the call; this keeps the sound in the browser). */
  setMicEnabled(enabled: boolean): void {
    this.micEnabled = enabled;
    this.mic?.getAudioTracks().forEach((track) => (track.enabled = enabled));
  }

  /** Keypad tones down the line; false when the leg cannot carry them. */
  sendDtmf(tones: string): boolean {
    return this.leg?.sendDtmf(tones) ?? false;
  }

  /** The page is closing: everything goes, the microphone included. */
  stop(): void {
    this.stopped = true;
    this.generation++;
    clearTimeout(this.retryTimer);
    this.drop();
    this.mic?.getTracks().forEach((track) => track.stop());
    this.mic = null;
  }

  private async connect(): Promise<void> {
    const generation = ++this.generation;
    clearTimeout(this.retryTimer);
    this.drop();
    this.set({ state: this.waitingState(), failure: null, remote: null });
    if (!this.deps) {
      this.fail('unsupported');
      return;
    }
    let mic: MediaStream;
    try {
      mic = await this.openMic(this.deps);
    } catch (err) {
      if (generation !== this.generation) return;
      const failure = micFailure(err);
      if (failure === 'generic') this.retryLater();
      else this.fail(failure as PhoneLegFailure);
      return;
    }
    if (generation !== this.generation || !this.socketUp) return;
    const leg: PhoneLeg = new PhoneLeg(this.ws, this.deps, {
      onRemoteStream: (stream) => {
        if (this.leg === leg) this.set({ remote: stream });
      },
      onPeerState: (state) => {
        if (this.leg !== leg || this.answeredAt === null) return;
        if (state === 'connected') this.up();
        else if (state === 'failed') this.lost();
      },
    });
    this.leg = leg;
    try {
      const info = await leg.start(mic, this.lineId, this.connectExtra());
      if (this.leg !== leg || !info) return;
      this.answeredAt = this.opts.now();
      if (info.lineId) this.lineId = info.lineId;
      this.set({ extension: info.extension });
      this.onLine(info.resumed ? 'resumed' : 'replaced');
      if (leg.peerState === 'connected') this.up();
    } catch (err) {
      if (this.leg !== leg) return;
      const failure = err instanceof PhoneLegError ? err.failure : null;
      if (failure) this.fail(failure);
      else this.retryLater();
    }
  }

  /** The microphone, opened once and kept across legs (no new permission prompt on every reconnect). */
  private async openMic(deps: MediaDeps): Promise<MediaStream> {
    if (this.mic && this.mic.getAudioTracks().some((track) => track.readyState === 'live')) return this.mic;
    this.mic?.getTracks().forEach((track) => track.stop());
    this.mic = null;
    const mic = await deps.getUserMedia({ audio: true });
    if (this.stopped) {
      mic.getTracks().forEach((track) => track.stop());
      throw new Error('stopped');
    }
    this.mic = mic;
    this.setMicEnabled(this.micEnabled);
    return mic;
  }

  private up(): void {
    if (this.snap.state === 'connected') return;
    this.everUp = true;
    this.upAt = this.opts.now();
    this.set({ state: 'connected', failure: null });
  }

  private lost(): void {
    if (this.upAt !== null && this.opts.now() - this.upAt >= this.opts.stableMs) this.attempts = 0;
    this.retryLater();
    this.onLine('dropped');
  }

  private retryLater(): void {
    this.generation++;
    this.drop();
    this.set({ state: this.waitingState(), remote: null });
    if (!this.socketUp || this.stopped) return;
    const delay = Math.min(this.opts.retryMaxMs, this.opts.retryMinMs * 2 ** this.attempts);
    this.attempts++;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.connect(), delay);
  }

  private fail(failure: PhoneLegFailure): void {
    this.generation++;
    clearTimeout(this.retryTimer);
    this.drop();
    this.set({ state: 'failed', failure, remote: null });
    if (!this.stopped) this.onLine('failed');
  }

  private drop(): void {
    const leg = this.leg;
    this.leg = null;
    this.answeredAt = null;
    this.upAt = null;
    leg?.stop();
  }

  private waitingState(): LineState {
    return this.everUp ? 'reconnecting' : 'connecting';
  }

  private set(change: Partial<LineSnapshot>): void {
    if (this.stopped) return;
    const next = { ...this.snap, ...change };
    if (
      next.state === this.snap.state &&
      next.failure === this.snap.failure &&
      next.remote === this.snap.remote &&
      next.extension === this.snap.extension
    ) {
      return;
    }
    this.snap = next;
    this.onChange(next);
  }
}
