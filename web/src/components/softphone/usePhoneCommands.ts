/** The softphone's call commands over the socket, with what went wrong for the user. */
import { useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n';
import { commandErrorKey } from '../../lib/softphone/messages';
import type { CallView } from '../../lib/types';
import type { WsClient } from '../../lib/ws';

export interface PhoneCommands {
  /** A command is on its way. */
  pending: boolean;
  error: MessageKey | null;
  clearError(): void;
  dial(number: string): void;
  answer(): void;
  hangUp(): void;
  hold(): void;
  resume(): void;
  setMuted(muted: boolean): void;
  park(): void;
  /** Completes an attended or `*` transfer. */
  transfer(): void;
  /** During a consultation: the held party, the target and this line together. */
  conference(): void;
}

export function usePhoneCommands(ws: WsClient, call: CallView | null): PhoneCommands {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);

  const run = (send: () => Promise<unknown>) => {
    setPending(true);
    setError(null);
    send().then(
      () => setPending(false),
      (err: unknown) => {
        setPending(false);
        setError(commandErrorKey(err));
      },
    );
  };

  const onCall = (send: (callId: string) => Promise<unknown>) => {
    if (call) run(() => send(call.callId));
  };

  return {
    pending,
    error,
    clearError: () => setError(null),
    dial: (number) => run(() => ws.request('phone.dial', { number: number.trim() })),
    answer: () => onCall((callId) => ws.request('phone.answer', { callId })),
    hangUp: () => onCall((callId) => ws.request('phone.hangup', { callId })),
    hold: () => onCall((callId) => ws.request('phone.hold', { callId })),
    resume: () => onCall((callId) => ws.request('phone.resume', { callId })),
    setMuted: (muted) => onCall((callId) => ws.request('phone.mute', { callId, muted })),
    park: () => onCall((callId) => ws.request('phone.park', { callId })),
    transfer: () => onCall((callId) => ws.request('phone.transfer', { callId })),
    conference: () => onCall((callId) => ws.request('phone.conference', { callId })),
  };
}
