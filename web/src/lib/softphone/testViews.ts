/** Test helper: a CallView with sensible defaults. */
import type { CallState, CallView } from '../types';

export function view(state: CallState, extra: Partial<CallView> = {}): CallView {
  return {
    callId: 'c1',
    direction: 'OUTGOING',
    state,
    remoteNumber: '202',
    remoteName: 'Agent Two',
    muted: false,
    startedAt: '2026-03-01T10:00:00Z',
    connectedAt: null,
    heldAt: null,
    heldByMe: false,
    endCause: null,
    ...extra,
  };
}
