import { useT } from '../../i18n';
import type { LineState } from '../../lib/softphone/lineKeeper';

const TEXT = {
  connecting: 'phoneLineConnecting',
  connected: 'phoneLineConnected',
  reconnecting: 'phoneLineReconnecting',
  failed: 'phoneLineFailed',
} as const;

/** role=status named "Phone line": "Connecting the phone…", "Phone connected", "Reconnecting the phone…". */
export function LineStatus({ state }: { state: LineState }) {
  const t = useT();
  return (
    <p role="status" aria-label={t('phoneLine')} class={`line-status line-${state}`}>
      {t(TEXT[state])}
    </p>
  );
}
