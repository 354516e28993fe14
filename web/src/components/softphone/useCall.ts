/**
 * The call this tab's line shows, from `phone.call` events and what the line does (SP-16): an ended
 * call lingers as "Ended" for a moment; a call stays on screen while the line reconnects.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useWsEvent } from '../../lib/connection';
import type { LineEvent } from '../../lib/softphone/lineKeeper';
import type { Notice } from '../../lib/softphone/messages';
import { keptWhileAway, lineStep, NO_CALL, shownCallStep, type ShownCall, type ShownCallEvent } from '../../lib/softphone/shownCall';
import type { CallView } from '../../lib/types';
import type { WsClient } from '../../lib/ws';

/** How long "Ended" stays before the status goes back to Idle. */
export const ENDED_SHOW_MS = 2000;

/** How long a resumed line may take to send its call's view before the call is taken to be over. */
export const RESUME_VIEW_MS = 5000;

export interface CallState {
  call: CallView | null;
  /** Why the last call ended, when worth saying; cleared when the next call starts. */
  endNotice: Notice | null;
  /** Goes up each time a call is over (the history may have a new entry). */
  historyVersion: number;
  /** The line dropped during the call: it is still shown, and may come back with the line. */
  keptWhileAway: boolean;
  /** For the line keeper (`useLine`): what happened to the line. */
  lineEvent(event: LineEvent): void;
}

/** `onChange` sees every change of the shown call, with the one before. */
export function useCall(ws: WsClient, onChange?: (previous: CallView | null, next: CallView | null) => void): CallState {
  const [state, setState] = useState<ShownCall>(NO_CALL);
  const current = useRef<ShownCall>(NO_CALL);
  const changed = useRef(onChange);
  changed.current = onChange;

  const apply = (event: ShownCallEvent) => {
    const before = current.current;
    const after = shownCallStep(before, event);
    if (after === before) return;
    current.current = after;
    setState(after);
    if (after.call !== before.call) changed.current?.(before.call, after.call);
  };

  useWsEvent(ws, 'phone.call', (view) => apply({ type: 'view', view }));

  useEffect(() => {
    const ended = state.call;
    if (ended?.state !== 'ENDED') return;
    const timer = setTimeout(() => apply({ type: 'letGo', call: ended }), ENDED_SHOW_MS);
    return () => clearTimeout(timer);
  }, [state.call]);

  useEffect(() => {
    if (!state.awaitingView) return;
    const timer = setTimeout(() => apply({ type: 'resumeTimeout' }), RESUME_VIEW_MS);
    return () => clearTimeout(timer);
  }, [state.awaitingView]);

  return {
    call: state.call,
    endNotice: state.endNotice,
    historyVersion: state.historyVersion,
    keptWhileAway: keptWhileAway(state),
    lineEvent: (event) => apply(lineStep(event)),
  };
}
