/** The SIP part of the admin screen (`/api/admin/sip/...`): shapes and form logic. */

export interface SipLogin {
  id: number;
  username: string;
  extension: string;
  enabled: boolean;
  /** The realm changed since its password was set: the phone cannot register until it is set again. */
  needsNewPassword: boolean;
}

export type TrunkMode = 'REGISTRATION' | 'IP';

export interface SipTrunk {
  id: number;
  name: string;
  host: string;
  port: number;
  transport: 'udp' | 'tcp';
  mode: TrunkMode;
  username: string | null;
  hasPassword: boolean;
  allowedAddresses: string[];
  callerId: string | null;
  priority: number;
  enabled: boolean;
  registered: boolean;
  lastError: string | null;
}

export interface SipRegistration {
  username: string;
  extension: string;
  contact: string;
  source: string;
  transport: string;
  expiresAt: string;
  userAgent: string | null;
}

export interface SipStatus {
  enabled: boolean;
  port: number;
  registrations: SipRegistration[];
}

export const LOGIN_FIELDS = ['username', 'extension', 'password'] as const;
export const TRUNK_FIELDS = ['name', 'host', 'port', 'transport', 'mode', 'username', 'password', 'allowedAddresses', 'callerId'] as const;

export interface TrunkForm {
  name: string;
  host: string;
  port: string;
  transport: 'udp' | 'tcp';
  mode: TrunkMode;
  username: string;
  password: string;
  allowedAddresses: string;
  callerId: string;
}

export const EMPTY_TRUNK: TrunkForm = {
  name: '',
  host: '',
  port: '5060',
  transport: 'udp',
  mode: 'IP',
  username: '',
  password: '',
  allowedAddresses: '',
  callerId: '',
};

/** The request body for a trunk form: addresses split on commas and spaces, empty texts as null. */
export function trunkBody(f: TrunkForm) {
  const port = Number.parseInt(f.port, 10);
  return {
    name: f.name.trim(),
    host: f.host.trim(),
    port: Number.isNaN(port) ? 0 : port,
    transport: f.transport,
    mode: f.mode,
    username: f.mode === 'REGISTRATION' ? f.username.trim() || null : null,
    password: f.mode === 'REGISTRATION' ? f.password || null : null,
    allowedAddresses: f.allowedAddresses
      .split(/[\s,]+/)
      .map((a) => a.trim())
      .filter((a) => a.length > 0),
    callerId: f.callerId.trim() || null,
  };
}
