/** The call this tab's line shows, from `phone.call` events; an ended call lingers as "Ended" for a moment. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useConnectionState, useWsEvent } from '../../lib/connection';
import { isActive } from '../../lib/softphone/callStatus';
import { isNewCall, justEnded, nextCall } from '../../lib/softphone/currentCall';
import { endCauseNotice, type Notice } from '../../lib/softphone/messages';
import type { CallView } from '../../lib/types';
import type { WsClient } from '../../lib/ws';

/** How long "Ended" stays before the status goes back to Idle. */
export const ENDED_SHOW_MS = 2000;

export interface CallState {
  call: CallView | null;
  /** Why the last call ended, when worth saying; cleared when the next call starts. */
  endNotice: Notice | null;
  /** Goes up each time a call is over (the history may have a new entry). */
  historyVersion: number;
}

/** `onChange` sees every change of the shown call, with the one before. */
export function useCall(ws: WsClient, onChange?: (previous: CallView | null, next: CallView | null) => void): CallState {
  const [call, setCall] = useState<CallView | null>(null);
  const [endNotice, setEndNotice] = useState<Notice | null>(null);
  const [historyVersion, setHistoryVersion] = useState(0);
  const current = useRef<CallView | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  const show = (next: CallView | null) => {
    const previous = current.current;
    if (next === previous) return;
    current.current = next;
    setCall(next);
    if (isNewCall(previous, next)) setEndNotice(null);
    if (justEnded(previous, next)) setEndNotice(endCauseNotice(next.endCause));
    changed.current?.(previous, next);
  };

  useWsEvent(ws, 'phone.call', (view) => show(nextCall(current.current, view)));

  // The server ends a tab's calls when its socket closes.
  const connection = useConnectionState(ws);
  useEffect(() => {
    const shown = current.current;
    if (connection !== 'open' && isActive(shown)) show({ ...shown, state: 'ENDED', endCause: 'LINE_LOST' });
  }, [connection]);

  useEffect(() => {
    if (call?.state !== 'ENDED') return;
    const ended = call;
    const timer = setTimeout(() => {
      if (current.current !== ended) return;
      show(null);
      setHistoryVersion((v) => v + 1);
    }, ENDED_SHOW_MS);
    return () => clearTimeout(timer);
  }, [call]);

  return { call, endNotice, historyVersion };
}
