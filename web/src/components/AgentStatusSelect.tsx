import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { statusLabel } from '../i18n/labels';
import { fetchMyStatus, setMyStatus } from '../lib/agentStatus';
import { useOnReconnect, useWsEvent } from '../lib/connection';
import { STATUSES, type Status } from '../lib/types';
import type { WsClient } from '../lib/ws';
import { SelectField } from './SelectField';

interface Props {
  ws: WsClient;
  accountId: number;
}

/**
 * The "Agent status" combobox; follows changes made in the account's other tabs and by call-center
 * routing (Ringing and On call are shown while they last, but cannot be chosen).
 */
export function AgentStatusSelect({ ws, accountId }: Props) {
  const t = useT();
  const [status, setStatus] = useState<Status | null>(null);
  const [failed, setFailed] = useState(false);

  const load = () => {
    fetchMyStatus().then((s) => setStatus(s.status), () => setFailed(true));
  };
  useEffect(load, []);
  useOnReconnect(ws, load);
  useWsEvent(ws, 'agent.status.changed', (s) => {
    if (s.accountId === accountId) setStatus(s.status);
  });

  const change = async (next: Status) => {
    const previous = status;
    setStatus(next);
    setFailed(false);
    try {
      const result = await setMyStatus(ws, next);
      setStatus(result.status);
    } catch {
      setStatus(previous);
      setFailed(true);
    }
  };

  return (
    <div class="agent-status">
      {status === null ? null : (
        <SelectField
          label={t('agentStatus')}
          name="status"
          value={status}
          options={(STATUSES.includes(status) ? STATUSES : [status, ...STATUSES]).map((s) => ({ value: s, label: statusLabel(t, s) }))}
          onChange={change}
        />
      )}
      {failed && (
        <p role="alert" class="form-alert">
          {t('statusChangeFailed')}
        </p>
      )}
    </div>
  );
}
