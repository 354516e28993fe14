import { useId } from 'preact/hooks';
import { useT } from '../../i18n';
import { elapsedSeconds, formatDuration } from '../../lib/softphone/duration';
import type { CallView } from '../../lib/types';
import { useNow } from './useNow';

function Timer({ label, seconds }: { label: string; seconds: number }) {
  const id = useId();
  return (
    <span class="timer">
      <span id={id} class="timer-label">
        {label}
      </span>{' '}
      <span role="timer" aria-labelledby={id} class="timer-value">
        {formatDuration(seconds)}
      </span>
    </span>
  );
}

/** "Call duration" from the server's connectedAt; "Hold duration" from heldAt while on hold (SP-06, SP-07). */
export function CallTimers({ call }: { call: CallView | null }) {
  const t = useT();
  const talking = call?.state === 'CONNECTED' || call?.state === 'ON_HOLD';
  const now = useNow(talking);
  const talked = call ? (elapsedSeconds(call.connectedAt, now) ?? 0) : 0;
  const held = call?.state === 'ON_HOLD' ? elapsedSeconds(call.heldAt, now) : null;
  return (
    <div class="timers">
      <Timer label={t('phoneCallDuration')} seconds={talked} />
      {held !== null && <Timer label={t('phoneHoldDuration')} seconds={held} />}
    </div>
  );
}
