import { useId } from 'preact/hooks';
import { useT } from '../../i18n';
import { isActive } from '../../lib/softphone/callStatus';
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

/** Someone waits on hold: this line, or the other party while this line consults a transfer target. */
function holding(call: CallView): boolean {
  return call.state === 'ON_HOLD' || (call.parties ?? []).some((p) => p.state === 'ON_HOLD');
}

/**
 * "Call duration" from the server's connectedAt; "Hold duration" from heldAt while someone is on
 * hold (SP-06, SP-07). Both stop once the call is over for this line (ended or parked).
 */
export function CallTimers({ call }: { call: CallView | null }) {
  const t = useT();
  const running = isActive(call) && call.connectedAt !== null;
  const now = useNow(running);
  const talked = call ? (elapsedSeconds(call.connectedAt, now) ?? 0) : 0;
  const held = isActive(call) && holding(call) ? elapsedSeconds(call.heldAt, now) : null;
  return (
    <div class="timers">
      <Timer label={t('phoneCallDuration')} seconds={talked} />
      {held !== null && <Timer label={t('phoneHoldDuration')} seconds={held} />}
    </div>
  );
}
