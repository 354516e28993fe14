/** Which softphone controls make sense right now (SP-02, SP-05..SP-07, SP-14, SP-16). Pure. */
import type { CallView } from '../types';
import { isActive, isRingingIn } from './callStatus';

export interface ControlInput {
  /** The call shown (an ended one lingers for a moment), or null. */
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
  /** The number box, its Clear button and the keypad accept input. */
  numberEntry: boolean;
  /** Keypad digits also go down the line as DTMF. */
  dtmf: boolean;
  history: boolean;
  reload: boolean;
}

export function controlsFor({ call, lineReady, number, pending }: ControlInput): Controls {
  const active = isActive(call);
  const state = active ? call.state : null;
  const talking = state === 'CONNECTED' || state === 'ON_HOLD';
  const ringing = isRingingIn(call);
  return {
    active,
    ringing,
    call: !active && lineReady && !pending && number.trim() !== '',
    answer: ringing && lineReady && !pending,
    hangUp: active && !pending,
    showResume: state === 'ON_HOLD',
    hold: state === 'CONNECTED' && !pending,
    // Only the side that held the call can resume it; the held side waits (and hears music).
    resume: state === 'ON_HOLD' && call !== null && call.heldByMe && !pending,
    showUnmute: talking && call !== null && call.muted,
    mute: talking && !pending,
    numberEntry: state !== 'RINGING' && state !== 'ON_HOLD',
    dtmf: state === 'CONNECTED',
    history: !active,
    reload: !active,
  };
}
