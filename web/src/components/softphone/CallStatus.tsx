import { useId } from 'preact/hooks';
import { useT } from '../../i18n';
import { callStatusKey } from '../../lib/softphone/callStatus';
import type { CallView } from '../../lib/types';

/** role=status named "Call status" whose text is exactly Idle, Dialing, Ringing, Connected, On hold, Parked or Ended. */
export function CallStatus({ call }: { call: CallView | null }) {
  const t = useT();
  const id = useId();
  const key = callStatusKey(call);
  return (
    <p class="call-status">
      <span id={id} class="call-status-label">
        {t('phoneCallStatus')}
      </span>{' '}
      <span role="status" aria-labelledby={id} class={`call-status-value call-${call ? call.state : 'IDLE'}`}>
        {t(key)}
      </span>
    </p>
  );
}
