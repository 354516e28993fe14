/** Shapes of the REST/WebSocket contract (docs/protocol.md). */
export type Role = 'USER' | 'SUPERVISOR' | 'ADMIN';
export const ROLES: readonly Role[] = ['USER', 'SUPERVISOR', 'ADMIN'];

export type Status = 'AVAILABLE' | 'AFTER_CALL_WORK' | 'BREAK' | 'OFFLINE';
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
