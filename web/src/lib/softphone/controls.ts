/** Which softphone controls make sense right now (SP-02, SP-05..SP-09, SP-13, SP-14, SP-16). Pure. */
import type { CallAction, CallView } from '../types';
import { isActive, isRingingIn } from './callStatus';

export interface ControlInput {
  /** The call shown (an ended or parked one lingers), or null. */
  call: CallView | null;
  /** The media leg is up, so the line can make and take calls. */
  lineReady: boolean;
  /** What is in the "Number" box. */
  number: string;
  /** A call command is on its way to the server. */
  pending: boolean;
}

export interface Controls {
  /** A call occupies the line: no history, no reload, warn before leaving. */
  active: boolean;
  /** Incoming call waiting: the Answer button pulses. */
  ringing: boolean;
  /** This line holds its call, so dialling now calls a transfer target inside that call (SP-09). */
  consult: boolean;
  call: boolean;
  answer: boolean;
  hangUp: boolean;
  /** Hold and Resume share one place: Resume is shown while on hold. */
  showResume: boolean;
  hold: boolean;
  resume: boolean;
  /** Mute and Unmute share one place: Unmute is shown while muted. */
  showUnmute: boolean;
  mute: boolean;
  park: boolean;
  transfer: boolean;
  /** Conference only means something around a consultation, so it is not shown otherwise. */
  showConference: boolean;
  conference: boolean;
  /** The number box, its Clear button and the keypad accept input. */
  numberEntry: boolean;
  /** Keypad digits also go down the line as DTMF (which is also how `*` and `#` transfers start). */
  dtmf: boolean;
  history: boolean;
  reload: boolean;
}

const NOTHING: ReadonlySet<CallAction> = new Set();

/**
 * What this line may do: the server's `actions`, or for a server that does not send them (before
 * Step 4) the rules the softphone had then, which know nothing of park, transfer or conference.
 */
export function allowedActions(call: CallView | null): ReadonlySet<CallAction> {
  if (!isActive(call)) return NOTHING;
  if (call.actions) return new Set(call.actions);
  const allowed = new Set<CallAction>(['HANG_UP']);
  if (isRingingIn(call)) allowed.add('ANSWER');
  if (call.state === 'CONNECTED') allowed.add('HOLD');
  // Only the side that held the call can resume it; the held side waits (and hears music).
  if (call.state === 'ON_HOLD' && call.heldByMe) allowed.add('RESUME');
  if (call.state === 'CONNECTED' || call.state === 'ON_HOLD') allowed.add('MUTE');
  return allowed;
}

export function controlsFor({ call, lineReady, number, pending }: ControlInput): Controls {
  const active = isActive(call);
  const state = active ? call.state : null;
  const talking = state === 'CONNECTED' || state === 'ON_HOLD';
  const allowed = allowedActions(call);
  const can = (action: CallAction) => allowed.has(action) && !pending;
  // One consultation at a time: once it is under way (a transfer shown), Call waits for its end.
  const consult = active && call.state === 'ON_HOLD' && call.heldByMe && !call.transfer;
  return {
    active,
    ringing: isRingingIn(call),
    consult,
    call: (!active || consult) && lineReady && !pending && number.trim() !== '',
    answer: can('ANSWER') && lineReady,
    hangUp: can('HANG_UP'),
    showResume: state === 'ON_HOLD' || allowed.has('RESUME'),
    hold: can('HOLD'),
    resume: can('RESUME'),
    showUnmute: active && call.muted && (talking || allowed.has('MUTE')),
    mute: can('MUTE'),
    park: can('PARK'),
    transfer: can('TRANSFER'),
    showConference: allowed.has('CONFERENCE') || (active && call.transfer?.kind === 'ATTENDED'),
    conference: can('CONFERENCE'),
    // Held by the other side there is nothing to type; held by this side the target's number is typed.
    numberEntry: state !== 'RINGING' && (state !== 'ON_HOLD' || consult),
    dtmf: state === 'CONNECTED',
    history: !active,
    reload: !active,
  };
}
