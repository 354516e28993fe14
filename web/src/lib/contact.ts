/** What the workspace's contact panel says about a call beyond the caller (WS-03, WS-07). Pure. */

/** One move of the call's timeline (`/api/calls/{id}/timeline`, docs/protocol.md `TimelineEntry`). */
export interface TimelineEntry {
  seq: number;
  /** When it happened (ISO 8601). */
  at: string;
  kind: string;
  number: string | null;
  name: string | null;
  detail: string | null;
}

/** The call-center call on the agent's phone (`/api/me/call-center-call`). */
export interface CallCenterCall {
  callId: string;
  callCenterName: string | null;
  businessLabel: string | null;
}

/**
 * Who handed this call to the agent: the latest transfer (attended, `*` or `#`) made by another
 * extension, as "NUMBER NAME"; null when the call was not transferred to us.
 */
export function transferredBy(timeline: readonly TimelineEntry[], myExtension: string | null): string | null {
  const transfers = timeline.filter((e) => e.kind === 'TRANSFERRED' && e.number && e.number !== myExtension);
  const last = transfers[transfers.length - 1];
  if (!last) return null;
  return last.name && last.name !== last.number ? `${last.number} ${last.name}` : (last.number as string);
}
