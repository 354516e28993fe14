/** Shapes of the REST/WebSocket contract (docs/protocol.md). */
export type Role = 'USER' | 'SUPERVISOR' | 'ADMIN';
export const ROLES: readonly Role[] = ['USER', 'SUPERVISOR', 'ADMIN'];

/** RINGING and ON_CALL come from call-center calls; an agent chooses among {@link STATUSES}. */
export type Status = 'AVAILABLE' | 'RINGING' | 'ON_CALL' | 'AFTER_CALL_WORK' | 'BREAK' | 'OFFLINE';
export const STATUSES: readonly Status[] = ['AVAILABLE', 'AFTER_CALL_WORK', 'BREAK', 'OFFLINE'];

export type ScreenAfterSignIn = 'WORKSPACE' | 'ADMIN';
export const SCREENS: readonly ScreenAfterSignIn[] = ['WORKSPACE', 'ADMIN'];

export interface Account {
  id: number;
  login: string;
  name: string;
  role: Role;
  extension: string | null;
  agent: boolean;
}

export interface AgentStatus {
  accountId: number;
  login: string;
  name: string;
  extension: string | null;
  status: Status;
  changedAt: string;
}

/** `supervisor.agent` and `/api/agents/live`: an agent's status and current call-center call. */
export interface LiveAgent {
  accountId: number;
  login: string;
  name: string;
  extension: string | null;
  status: Status;
  statusSince: string | null;
  call: { callId: string; callerNumber: string | null; callCenterId: string; callCenterName: string; since: string } | null;
}

export interface Csrf {
  headerName: string;
  parameterName: string;
  token: string;
}

export type Session =
  | { authenticated: false; csrf: Csrf }
  | { authenticated: true; account: Account; landing: string; csrf: Csrf };

export type SignedIn = Extract<Session, { authenticated: true }>;

export interface Settings {
  screenAfterSignIn: ScreenAfterSignIn;
}

export function isStaff(role: Role): boolean {
  return role === 'SUPERVISOR' || role === 'ADMIN';
}

/** What the media engine measured on the audio check's leg (`diag.audio.stats`). */
export interface AudioCheckStats {
  packetsReceived: number;
  lossPercent: number;
  jitterMs: number;
  /** From RTCP receiver reports; null until the first one. */
  rttMs: number | null;
  audioReceived: boolean;
  /** The dominant frequency heard, when the signal is a clear tone. */
  toneHz: number | null;
  /** The server also reports `closed` for a leg that has been released. */
  state: 'connecting' | 'connected' | 'failed' | 'closed';
}

/** The softphone media leg's state on the server (`phone.leg`). */
export type PhoneLegState = 'connecting' | 'connected' | 'failed' | 'closed';

export type CallDirection = 'OUTGOING' | 'INCOMING';

/** A call as this line sees it; the softphone's "Call status" follows `state`. */
export type CallState = 'DIALING' | 'RINGING' | 'CONNECTED' | 'ON_HOLD' | 'PARKED' | 'ENDED';

export type EndCause =
  | 'HANGUP'
  | 'BUSY'
  | 'NO_ANSWER'
  | 'MISSED'
  | 'ANSWERED_ELSEWHERE'
  | 'UNAVAILABLE'
  | 'LINE_LOST'
  | 'TRANSFERRED'
  | 'PARKED'
  | 'PARK_TIMEOUT'
  | 'TRANSFER_FAILED'
  | 'NOTHING_TO_PICK_UP'
  | 'PARK_SLOT_EMPTY';

/** Another party of the call than the one this line deals with now (e.g. the held caller during a consultation). */
export interface CallParty {
  number: string;
  name: string | null;
  state: 'DIALING' | 'RINGING' | 'CONNECTED' | 'ON_HOLD';
}

/** This line's transfer in progress: `COLLECTING` digits after `*`/`#`, `DIALING` the target, `TALKING` once it answered. */
export interface CallTransfer {
  kind: 'ATTENDED' | 'STAR' | 'HASH';
  stage: 'COLLECTING' | 'DIALING' | 'TALKING';
  /** The target's digits keyed so far (`*`/`#` transfers). */
  digits: string;
}

/** What this line may do with the call now; the server decides. */
export type CallAction = 'ANSWER' | 'HANG_UP' | 'HOLD' | 'RESUME' | 'MUTE' | 'PARK' | 'TRANSFER' | 'CONFERENCE';

/**
 * `phone.call`: one line's view of a call, sent on every change. Times are ISO-8601 (server clock).
 * The Step 4 fields are optional because a server from before Step 4 does not send them.
 */
export interface CallView {
  callId: string;
  direction: CallDirection;
  state: CallState;
  /** The party this line deals with now (the target during a consultation). */
  remoteNumber: string;
  remoteName: string | null;
  muted: boolean;
  startedAt: string;
  connectedAt: string | null;
  heldAt: string | null;
  /** True on the side that put the call on hold. */
  heldByMe: boolean;
  /** With state PARKED: the slot this line parked the call in. */
  parkNumber?: number | null;
  /** Every other party of the call. */
  parties?: CallParty[];
  transfer?: CallTransfer | null;
  /** Absent from older servers: the softphone then falls back to its own rules. */
  actions?: CallAction[];
  endCause: EndCause | null;
}

/** The softphone's history tabs (`GET /api/phone/history?kind=`). */
export type HistoryKind = 'answered' | 'missed' | 'outgoing';
export const HISTORY_KINDS: readonly HistoryKind[] = ['answered', 'missed', 'outgoing'];

export interface HistoryEntry {
  callId: string;
  number: string;
  name: string | null;
  at: string;
  durationSeconds: number;
}

export interface HistoryPage {
  entries: HistoryEntry[];
  /** From 0. */
  page: number;
  pages: number;
}

/** The server's view of a video check leg and its room (`diag.video.stats`). */
export interface VideoCheckStats {
  state: 'connecting' | 'connected' | 'closed' | 'failed';
  participants: number;
  videoPacketsReceived: number;
  packetsSent: number;
  packetsForwarded: number;
  keyframeRequests: number;
  nacksAnswered: number;
}
