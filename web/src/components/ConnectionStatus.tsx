import { useId } from 'preact/hooks';
import { useT } from '../i18n';
import { useConnectionState } from '../lib/connection';
import type { WsClient } from '../lib/ws';

/** role=status named "Connection" whose text is exactly the state. */
export function ConnectionStatus({ ws }: { ws: WsClient }) {
  const t = useT();
  const state = useConnectionState(ws);
  const id = useId();
  const text =
    state === 'open' ? t('connConnected') : state === 'connecting' ? t('connConnecting') : t('connReconnecting');
  return (
    <p class={`connection connection-${state}`}>
      <span id={id} class="connection-label">
        {t('connection')}
      </span>{' '}
      <span role="status" aria-labelledby={id} class="connection-state">
        {text}
      </span>
    </p>
  );
}
