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
