/** Changing the caller's own agent status: over the socket, or over HTTP when it is down. */
import { api } from './api';
import type { AgentStatus, Status } from './types';
import { WsError, type WsClient } from './ws';

/** Failures that mean "the socket could not carry it", not "the server said no". */
const TRANSPORT_FAILURES = new Set(['notConnected', 'disconnected', 'timeout']);

export async function setMyStatus(ws: Pick<WsClient, 'connectionState' | 'request'>, status: Status): Promise<AgentStatus> {
  if (ws.connectionState === 'open') {
    try {
      return await ws.request('agent.status.set', { status });
    } catch (err) {
      if (!(err instanceof WsError) || !TRANSPORT_FAILURES.has(err.code)) throw err;
    }
  }
  return api.put<AgentStatus>('/api/me/status', { status });
}

export function fetchMyStatus(): Promise<AgentStatus> {
  return api.get<AgentStatus>('/api/me/status');
}
