import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { isNationalNumber, normaliseNumber } from '../../lib/devphone/number';
import { controlsFor } from '../../lib/softphone/controls';
import { isNewCall, justConnected } from '../../lib/softphone/currentCall';
import { appendKey } from '../../lib/softphone/number';
import type { CallView } from '../../lib/types';
import type { WsClient } from '../../lib/ws';
import { CallStatus } from '../softphone/CallStatus';
import { CallTimers } from '../softphone/CallTimers';
import { Keypad } from '../softphone/Keypad';
import { LineStatus } from '../softphone/LineStatus';
import { NumberField } from '../softphone/NumberField';
import { PhoneNotices } from '../softphone/PhoneNotices';
import { RemoteAudio } from '../softphone/RemoteAudio';
import { RemoteParty } from '../softphone/RemoteParty';
import { TextField } from '../TextField';
import { useCall } from '../softphone/useCall';
import { useLine } from '../softphone/useLine';
import { usePhoneCommands } from '../softphone/usePhoneCommands';

interface Props {
  ws: WsClient;
  /** The number to register first. */
  initialNumber: string;
  /** The number the server accepted, for the message list. */
  onRegistered: (number: string | null) => void;
}

/**
 * An outside phone on the virtual network (PL-03): the softphone's line and call code on the dev
 * phone's socket, under a number of its own, with only what a plain phone has — Call, Answer,
 * Hang up and the keypad (tones during a call).
 */
export function DevPhone({ ws, initialNumber, onRegistered }: Props) {
  const t = useT();
  const headingId = useId();
  const [myNumber, setMyNumber] = useState(initialNumber);
  const [myNumberError, setMyNumberError] = useState<string | undefined>(undefined);
  // The number `phone.connect` sends: what was last registered (read when a leg starts).
  const registered = useRef(normaliseNumber(initialNumber));
  const [number, setNumber] = useState('');

  const onCallChange = (previous: CallView | null, next: CallView | null) => {
    if (justConnected(previous, next)) setNumber('');
    if (isNewCall(previous, next)) commands.clearError();
  };
  const { call, endNotice, lineEvent } = useCall(ws, onCallChange);
  const line = useLine(ws, lineEvent, () => ({ number: registered.current }));
  const commands = usePhoneCommands(ws, call);
  const controls = controlsFor({ call, lineReady: line.ready, number, pending: commands.pending });

  // The messages follow the number the server accepted; a reconnecting line keeps showing them.
  useEffect(() => {
    if (line.ready && line.extension) onRegistered(line.extension);
  }, [line.ready, line.extension]);

  const register = (ev: Event) => {
    ev.preventDefault();
    if (!isNationalNumber(myNumber)) {
      setMyNumberError('invalidFormat');
      return;
    }
    setMyNumberError(undefined);
    registered.current = normaliseNumber(myNumber);
    setMyNumber(registered.current);
    line.reload();
  };

  const pressKey = (key: string) => {
    if (!controls.numberEntry) return;
    setNumber((n) => appendKey(n, key));
    if (controls.dtmf) line.sendDtmf(key);
  };
  const typedKey = (key: string) => {
    if (controls.dtmf) line.sendDtmf(key);
  };

  return (
    <section class="card softphone devphone" aria-labelledby={headingId}>
      <div class="softphone-head">
        <h2 id={headingId}>{t('devPhoneHeading')}</h2>
        <LineStatus state={line.state} />
        {line.ready && line.extension && <span class="muted line-extension">{t('devRegisteredAs', { number: line.extension })}</span>}
      </div>
      <form class="field-row devphone-number" noValidate onSubmit={register}>
        <TextField
          label={t('devMyNumber')}
          name="myNumber"
          value={myNumber}
          onInput={setMyNumber}
          inputMode="numeric"
          autoComplete="off"
          readOnly={controls.active}
          hint={t('devHintMyNumber')}
          error={myNumberError}
        />
        <button type="submit" disabled={controls.active}>
          {t('devRegister')}
        </button>
      </form>
      <CallStatus call={call} />
      <RemoteParty call={call} />
      <CallTimers call={call} />
      <PhoneNotices failure={line.failure} error={commands.error} endNotice={endNotice} />
      <NumberField
        value={number}
        onInput={setNumber}
        onEnter={() => controls.call && commands.dial(number)}
        onKey={typedKey}
        disabled={!controls.numberEntry}
      />
      <div class="call-controls">
        <button type="button" class="primary call" disabled={!controls.call} onClick={() => commands.dial(number)}>
          {t('phoneCall')}
        </button>
        <button type="button" class={`primary answer${controls.ringing ? ' ringing' : ''}`} disabled={!controls.answer} onClick={commands.answer}>
          {t('phoneAnswer')}
        </button>
        <button type="button" class="primary danger hang-up" disabled={!controls.hangUp} onClick={commands.hangUp}>
          {t('phoneHangUp')}
        </button>
      </div>
      <Keypad onKey={pressKey} disabled={!controls.numberEntry} />
      <p class="hint">{t('devCompanyNumbers')}</p>
      <RemoteAudio stream={line.remote} />
    </section>
  );
}
