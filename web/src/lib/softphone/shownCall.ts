/**
 * The call the softphone shows, step by step: the server's `phone.call` views, and what the line
 * does meanwhile (SP-16, docs/protocol.md "Reconnecting"). Pure.
 *
 * When the line drops the server keeps it, and its call, for a grace period, so the call stays on
 * screen. When the line is back: a new line (`replaced`) means the call is gone (LINE_LOST); the
 * same line (`resumed`) comes with the call's current view. The server has nothing to send when
 * the call ended meanwhile, so a resumed call whose view does not come is let go after a while.
 */
import type { CallView, EndCause } from '../types';
import { isActive } from './callStatus';
import { isNewCall, justEnded, justParked, nextCall } from './currentCall';
import type { LineEvent } from './lineKeeper';
import { endCauseNotice, type Notice } from './messages';

export interface ShownCall {
  call: CallView | null;
  /** Why the last call ended, when worth saying; cleared when the next call starts. */
  endNotice: Notice | null;
  /** Goes up each time a call is over for this line (the history may have a new entry). */
  historyVersion: number;
  /** The call shown when the line dropped, until the server speaks of it again: its view may be out of date. */
  staleCallId: string | null;
  /** The line came back with the stale call, whose current view is still to come. */
  awaitingView: boolean;
}

export const NO_CALL: ShownCall = { call: null, endNotice: null, historyVersion: 0, staleCallId: null, awaitingView: false };

export type ShownCallEvent =
  | { type: 'view'; view: CallView }
  | { type: 'lineDropped' }
  | { type: 'lineResumed' }
  /** A new line, or none at all for now: the stale call is gone. */
  | { type: 'lineLost' }
  /** The resumed line's view of the stale call did not come. */
  | { type: 'resumeTimeout' }
  /** The "Ended" moment is over: back to Idle. */
  | { type: 'letGo'; call: CallView };

const LINE_EVENTS: Record<LineEvent, ShownCallEvent> = {
  dropped: { type: 'lineDropped' },
  resumed: { type: 'lineResumed' },
  // `resumed: false`: the server gave a new line, so the old line's call is gone.
  replaced: { type: 'lineLost' },
  failed: { type: 'lineLost' },
};

/** What the line keeper's news means for the shown call. */
export function lineStep(event: LineEvent): ShownCallEvent {
  return LINE_EVENTS[event];
}

export function shownCallStep(s: ShownCall, e: ShownCallEvent): ShownCall {
  switch (e.type) {
    case 'view': {
      const fresh = s.staleCallId === e.view.callId ? { ...s, staleCallId: null, awaitingView: false } : s;
      return show(fresh, nextCall(s.call, e.view));
    }
    case 'lineDropped':
      if (!isActive(s.call)) return settled(s);
      return s.staleCallId === s.call.callId && !s.awaitingView ? s : { ...s, staleCallId: s.call.callId, awaitingView: false };
    case 'lineResumed':
      return stale(s) ? { ...s, awaitingView: true } : settled(s);
    case 'lineLost':
      return stale(s) ? end(s, 'LINE_LOST', endCauseNotice('LINE_LOST')) : settled(s);
    case 'resumeTimeout':
      if (!s.awaitingView) return s; // dropped again meanwhile: the next answer decides
      return stale(s) ? end(s, null, { key: 'phoneEndWhileReconnecting', tone: 'info' }) : settled(s);
    case 'letGo':
      return s.call === e.call ? { ...settled(s), call: null, historyVersion: s.historyVersion + 1 } : s;
  }
}

/** The shown call is kept on screen while the line is away (the server keeps it for a grace period). */
export function keptWhileAway(s: ShownCall): boolean {
  return stale(s);
}

/** The shown call is still the one whose view may be out of date. */
function stale(s: ShownCall): s is ShownCall & { call: CallView } {
  return isActive(s.call) && s.call.callId === s.staleCallId;
}

function settled(s: ShownCall): ShownCall {
  return s.staleCallId === null && !s.awaitingView ? s : { ...s, staleCallId: null, awaitingView: false };
}

/** Ends the shown call here (the server can no longer tell this tab about it). */
function end(s: ShownCall & { call: CallView }, endCause: EndCause | null, notice: Notice | null): ShownCall {
  const ended: CallView = { ...s.call, state: 'ENDED', endCause, transfer: null, actions: [] };
  return { ...show(settled(s), ended), endNotice: notice };
}

function show(s: ShownCall, next: CallView | null): ShownCall {
  const previous = s.call;
  if (next === previous) return s;
  let { endNotice, historyVersion } = s;
  if (isNewCall(previous, next)) endNotice = null;
  if (justEnded(previous, next)) endNotice = endCauseNotice(next.endCause);
  // Parking ends the call for this line, so its history entry may be there already.
  if (justParked(previous, next)) historyVersion++;
  return { ...s, call: next, endNotice, historyVersion };
}
