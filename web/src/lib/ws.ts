/** One WebSocket per tab: request/ack correlation, typed events, reconnect with backoff. */
import { decode, encode } from './envelope';
import type { FieldError } from './problem';
import type { AgentStatus, AudioCheckStats, CallView, LiveAgent, PhoneLegState, Role, Status, VideoCheckStats } from './types';
import type { VideoFileKind, VideoView } from './video/videoView';

export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** Events the server pushes, by type. */
export interface WsEvents {
  hello: { protocol: number; accountId?: number; role?: Role; client?: string };
  pong: Record<string, never>;
  error: { code: string; message: string };
  'agent.status.changed': AgentStatus;
  'supervisor.agent': LiveAgent;
  'diag.audio.stats': AudioCheckStats;
  /** How many video streams the others in this tab's video check room publish. */
  'diag.video.sources': { sources: number };
  'diag.video.stats': VideoCheckStats;
  /** The state of this tab's softphone media leg. */
  'phone.leg': { state: PhoneLegState };
  /** A call this tab's line takes part in changed. */
  'phone.call': CallView;
  /** A video room this account owns (or owned until a takeover) changed. */
  'video.room': VideoView;
  /** How many streams the customer publishes to this tab's video leg. */
  'video.sources': { sources: number };
}

/** Commands the client sends, with what their `ack` carries. */
export interface WsCommands {
  ping: { payload: undefined; result: unknown };
  'agent.status.set': { payload: { status: Status }; result: AgentStatus };
  /** The browser's SDP offer; the ack carries the server's answer. */
  'diag.audio.start': { payload: { sdp: string }; result: { sdp: string } };
  'diag.audio.stop': { payload: undefined; result: Record<string, never> };
  /** Joins a video check room by name with the browser's offer; the ack carries the answer. */
  'diag.video.join': { payload: { room: string; sdp: string }; result: { sdp: string; sources: number } };
  /** A re-offer on the video check leg (a section added or stopped). */
  'diag.video.offer': { payload: { sdp: string }; result: { sdp: string; sources: number } };
  'diag.video.leave': { payload: undefined; result: Record<string, never> };
  /**
   * The softphone's persistent media leg (SP-16): offer in, answer out. Naming the line it had lets a
   * tab take it back after a drop (`resumed`).
   */
  'phone.connect': {
    payload: { sdp: string; lineId?: string; number?: string };
    /** A softphone's answer names its extension; a dev phone's (`/devphone/ws`) its number. */
    result: { sdp: string; lineId: string; extension?: string; number?: string; resumed?: boolean };
  };
  /**
   * Refused with `invalidPayload` and a message key: invalidNumber, notAvailable, lineBusy, notConnected,
   * nothingToPickUp, parkSlotEmpty. While this line holds a call, it starts a consultation in that call.
   */
  'phone.dial': { payload: { number: string }; result: { callId: string } };
  'phone.answer': { payload: { callId: string }; result: Record<string, never> };
  'phone.hangup': { payload: { callId: string }; result: Record<string, never> };
  'phone.hold': { payload: { callId: string }; result: Record<string, never> };
  'phone.resume': { payload: { callId: string }; result: Record<string, never> };
  'phone.mute': { payload: { callId: string; muted: boolean }; result: Record<string, never> };
  'phone.park': { payload: { callId: string }; result: Record<string, never> };
  'phone.transfer': { payload: { callId: string }; result: Record<string, never> };
  'phone.conference': { payload: { callId: string }; result: Record<string, never> };
  /**
   * A video room for the call and its link by SMS to `to`. Refused with `invalidPayload` (field
   * problems for `to`, or message key `videoActive`) or `rateLimited`.
   */
  'video.start': { payload: { callId: string; to: string }; result: VideoView };
  /** This tab's video leg in the room (taking the room over after a transfer). */
  'video.join': { payload: { videoId: string; sdp: string }; result: { sdp: string; sources: number } };
  'video.offer': { payload: { sdp: string }; result: { sdp: string; sources: number } };
  'video.end': { payload: { videoId: string }; result: VideoView };
  'video.resend': { payload: { videoId: string; to?: string }; result: VideoView };
  /** The call's live room, if any. */
  'video.status': { payload: { callId: string }; result: { video: VideoView | null } };
  /** Tells the call's timeline that a capture or recording was saved (the file stays in the browser). */
  'video.file': { payload: { videoId: string; kind: VideoFileKind; name: string }; result: Record<string, never> };
}

/** What a socket's commands look like: a type's payload and its ack's result. */
export type CommandMap<C> = { [K in keyof C]: { payload: unknown; result: unknown } };

/** The part of the browser's WebSocket this client uses (a fake in tests). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
}

export type SocketFactory = (url: string) => SocketLike;

const OPEN = 1;

export class WsError extends Error {
  readonly code: string;
  /** Field problems, when the server sent some (e.g. an SMS number it refused). */
  readonly errors: FieldError[];
  constructor(code: string, message?: string, errors: FieldError[] = []) {
    super(message ?? code);
    this.name = 'WsError';
    this.code = code;
    this.errors = errors;
  }
}

function fieldErrors(v: unknown): FieldError[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((e): e is { field?: unknown; code: string } => typeof e === 'object' && e !== null && typeof e.code === 'string')
    .map((e) => ({ field: typeof e.field === 'string' && e.field !== '' ? e.field : null, code: e.code }));
}

export interface WsOptions {
  url: string;
  createSocket?: SocketFactory;
  requestTimeoutMs?: number;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  random?: () => number;
  /** Called before each reconnect attempt is scheduled, with the attempt number (from 1). */
  onRetry?: (attempt: number) => void;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (err: WsError) => void;
  timer: ReturnType<typeof setTimeout>;
}

type Listener = (payload: never) => void;

/** A socket's client; its commands and events default to `/ws`'s (another socket names its own). */
export class WsClient<C extends CommandMap<C> = WsCommands, E = WsEvents> {
  private readonly opts: Required<WsOptions>;
  private socket: SocketLike | null = null;
  private state: ConnectionState = 'closed';
  private attempts = 0;
  private nextId = 1;
  private stopped = true;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly pending = new Map<string, Pending>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly stateListeners = new Set<(s: ConnectionState) => void>();

  constructor(options: WsOptions) {
    this.opts = {
      createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
      requestTimeoutMs: 10000,
      minBackoffMs: 500,
      maxBackoffMs: 15000,
      random: Math.random,
      onRetry: () => {},
      ...options,
    };
  }

  get connectionState(): ConnectionState {
    return this.state;
  }

  /** Opens the connection (once); it then stays up until `stop()`. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect('connecting');
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    const s = this.socket;
    this.socket = null;
    if (s) {
      s.onclose = s.onmessage = s.onopen = s.onerror = null;
      s.close(1000);
    }
    this.failPending('disconnected');
    this.setState('closed');
  }

  onState(fn: (s: ConnectionState) => void): () => void {
    this.stateListeners.add(fn);
    return () => this.stateListeners.delete(fn);
  }

  on<K extends keyof E & string>(type: K, fn: (payload: E[K]) => void): () => void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(fn as Listener);
    return () => set.delete(fn as Listener);
  }

  /** Sends a command; resolves with its `ack` payload, rejects on its `error`, a timeout or a disconnect. */
  request<K extends keyof C & string>(
    type: K,
    payload: C[K]['payload'],
    timeoutMs = this.opts.requestTimeoutMs,
  ): Promise<C[K]['result']> {
    const socket = this.socket;
    if (!socket || socket.readyState !== OPEN) return Promise.reject(new WsError('notConnected'));
    const id = `c-${this.nextId++}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new WsError('timeout'));
      }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      try {
        socket.send(encode(type, payload, id));
      } catch {
        clearTimeout(timer);
        this.pending.delete(id);
        reject(new WsError('notConnected'));
      }
    });
  }

  private connect(state: ConnectionState): void {
    this.setState(state);
    let socket: SocketLike;
    try {
      socket = this.opts.createSocket(this.opts.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      if (this.socket !== socket) return;
      this.attempts = 0;
      this.setState('open');
    };
    socket.onmessage = (ev) => {
      if (this.socket === socket) this.receive(ev.data);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.failPending('disconnected');
      this.scheduleReconnect();
    };
    socket.onerror = () => {
      // a close event always follows; reconnecting happens there
    };
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    this.setState('reconnecting');
    const base = Math.min(this.opts.maxBackoffMs, this.opts.minBackoffMs * 2 ** this.attempts);
    this.attempts++;
    this.opts.onRetry(this.attempts);
    const delay = base / 2 + (this.opts.random() * base) / 2;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      if (!this.stopped) this.connect('reconnecting');
    }, delay);
  }

  private receive(data: unknown): void {
    const env = decode(data);
    if (!env) return;
    if (env.id !== undefined && (env.type === 'ack' || env.type === 'error')) {
      const p = this.pending.get(env.id);
      if (p) {
        this.pending.delete(env.id);
        clearTimeout(p.timer);
        if (env.type === 'ack') {
          p.resolve(env.payload);
        } else {
          const e = (env.payload ?? {}) as { code?: unknown; message?: unknown; errors?: unknown };
          p.reject(new WsError(String(e.code ?? 'error'), typeof e.message === 'string' ? e.message : undefined, fieldErrors(e.errors)));
        }
        return;
      }
    }
    const set = this.listeners.get(env.type);
    if (!set) return;
    for (const fn of [...set]) {
      try {
        (fn as (p: unknown) => void)(env.payload ?? {});
      } catch (err) {
        console.error(`listener for ${env.type} failed`, err);
      }
    }
  }

  private failPending(code: string): void {
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      this.pending.delete(id);
      p.reject(new WsError(code));
    }
  }

  private setState(s: ConnectionState): void {
    if (this.state === s) return;
    this.state = s;
    for (const fn of [...this.stateListeners]) fn(s);
  }
}
