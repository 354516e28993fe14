/** The customer's video socket `/v/ws` (no session; docs/protocol.md, "Customer page"). */
import { WsClient } from '../ws';

export interface CustomerVideoCommands {
  /** Whether the link opens a room now, asked before the camera. */
  'video.check': { payload: { token: string }; result: { valid: boolean } };
  /** Refused with `invalidPayload`, message key `videoLinkInvalid`, for an unknown, ended or expired link. */
  'video.join': { payload: { token: string; sdp: string }; result: { sdp: string; sources: number } };
  'video.offer': { payload: { sdp: string }; result: { sdp: string; sources: number } };
  'video.end': { payload: undefined; result: Record<string, never> };
}

export interface CustomerVideoEvents {
  hello: { protocol: number; client?: string };
  /** How many streams the communicator publishes (camera, screen). */
  'video.sources': { sources: number; screens?: string[] };
  'video.ended': { reason: string };
}

export type CustomerSocket = WsClient<CustomerVideoCommands, CustomerVideoEvents>;

export function customerVideoWsUrl(loc: Pick<Location, 'protocol' | 'host'>): string {
  return `${loc.protocol === 'https:' ? 'wss:' : 'ws:'}//${loc.host}/v/ws`;
}

export function customerSocket(): CustomerSocket {
  return new WsClient<CustomerVideoCommands, CustomerVideoEvents>({ url: customerVideoWsUrl(location) });
}
