/** Which call the softphone shows when a `phone.call` event arrives. Pure. */
import type { CallView } from '../types';
import { isActive, isFinal } from './callStatus';

/**
 * The call to show after `incoming`: the same call's newer view; a new call when the shown one is
 * over (or there is none); but an unrelated call's end never replaces a call still in progress.
 * A parked call counts as over: any other call replaces it (and with it its park number), and its
 * own ENDED view (picked up, or dropped) ends it as usual.
 */
export function nextCall(current: CallView | null, incoming: CallView): CallView | null {
  if (current === null || current.callId === incoming.callId || isFinal(current.state)) return incoming;
  return incoming.state === 'ENDED' ? current : incoming;
}

/** True when `next` is the moment a call ended, or its end cause changed (to say why it ended). */
export function justEnded(previous: CallView | null, next: CallView | null): next is CallView {
  if (next === null || next.state !== 'ENDED') return false;
  return previous === null || previous.callId !== next.callId || previous.state !== 'ENDED' || previous.endCause !== next.endCause;
}

/** True when `next` is a different call from `previous` (a new call started or rang). */
export function isNewCall(previous: CallView | null, next: CallView | null): boolean {
  return isActive(next) && (previous === null || previous.callId !== next.callId);
}

/** True when `next` is the moment this line parked the call. */
export function justParked(previous: CallView | null, next: CallView | null): boolean {
  return next !== null && next.state === 'PARKED' && (previous === null || previous.callId !== next.callId || previous.state !== 'PARKED');
}

/** True when `next` is the moment the call got connected the first time. */
export function justConnected(previous: CallView | null, next: CallView | null): boolean {
  return (
    next !== null &&
    next.state === 'CONNECTED' &&
    (previous === null || previous.callId !== next.callId || (previous.state !== 'CONNECTED' && previous.state !== 'ON_HOLD'))
  );
}
