/** What the softphone's "Call status" says for the current call (docs/protocol.md, `CallView`). Pure. */
import type { MessageKey } from '../../i18n/en';
import type { CallState, CallView } from '../types';

const STATUS_KEYS: Record<CallState, MessageKey> = {
  DIALING: 'callDialing',
  RINGING: 'callRinging',
  CONNECTED: 'callConnected',
  ON_HOLD: 'callOnHold',
  PARKED: 'callParked',
  ENDED: 'callEnded',
};

/** The text key of "Call status": Idle without a call, else the call's state (Ended until the call is let go). */
export function callStatusKey(call: CallView | null): MessageKey {
  return call ? STATUS_KEYS[call.state] : 'callIdle';
}

/** Over for this line: ended, or parked (the parked party waits in a slot; the line is free for other calls). */
export function isFinal(state: CallState): boolean {
  return state === 'ENDED' || state === 'PARKED';
}

/** A call that still occupies the line (anything but ended or parked). */
export function isActive(call: CallView | null): call is CallView {
  return call !== null && !isFinal(call.state);
}

/** An incoming call waiting to be answered. */
export function isRingingIn(call: CallView | null): call is CallView {
  return call !== null && call.state === 'RINGING' && call.direction === 'INCOMING';
}
