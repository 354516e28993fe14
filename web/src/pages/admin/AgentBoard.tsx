import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { statusLabel } from '../../i18n/labels';
import { mergeStatus } from '../../lib/agentBoard';
import { api } from '../../lib/api';
import { useOnReconnect, useWsEvent } from '../../lib/connection';
import type { AgentStatus, LiveAgent } from '../../lib/types';
import type { WsClient } from '../../lib/ws';

/** Every agent of the tenant with their status and current call-center call, kept live by `agent.status.changed` and `supervisor.agent`. */
export function AgentBoard({ ws }: { ws: WsClient }) {
  const t = useT();
  const [rows, setRows] = useState<AgentStatus[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [calls, setCalls] = useState<Record<number, LiveAgent['call']>>({});

  const load = () => {
    api.get<AgentStatus[]>('/api/agents/statuses').then(
      (list) => {
        setRows(list);
        setFailed(false);
      },
      () => setFailed(true),
    );
    api.get<LiveAgent[]>('/api/agents/live').then(
      (list) => setCalls(Object.fromEntries(list.map((a) => [a.accountId, a.call]))),
      () => setFailed(true),
    );
  };
  useEffect(load, []);
  useOnReconnect(ws, load);
  useWsEvent(ws, 'agent.status.changed', (change) => setRows((current) => (current ? mergeStatus(current, change) : current)));
  useWsEvent(ws, 'supervisor.agent', (live) => setCalls((current) => ({ ...current, [live.accountId]: live.call })));

  return (
    <section class="card" aria-labelledby="board-heading">
      <h2 id="board-heading">{t('boardHeading')}</h2>
      {failed && (
        <p role="alert" class="form-alert">
          {t('errorGeneric')}
        </p>
      )}
      <div class="table-wrap">
        <table>
          <caption class="sr-only">{t('boardCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colName')}</th>
              <th scope="col">{t('colLogin')}</th>
              <th scope="col">{t('colExtension')}</th>
              <th scope="col">{t('colStatus')}</th>
              <th scope="col">{t('colCurrentCall')}</th>
            </tr>
          </thead>
          <tbody>
            {rows?.map((r) => (
              <tr key={r.accountId} data-account-id={r.accountId}>
                <td>{r.name}</td>
                <td>{r.login}</td>
                <td>{r.extension ?? ''}</td>
                <td>
                  <span class={`badge badge-${r.status}`}>{statusLabel(t, r.status)}</span>
                </td>
                <td data-call-id={calls[r.accountId]?.callId}>
                  {calls[r.accountId]
                    ? t('currentCall', { caller: calls[r.accountId]?.callerNumber ?? '', center: calls[r.accountId]?.callCenterName ?? '' })
                    : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows?.length === 0 && <p class="muted">{t('boardEmpty')}</p>}
    </section>
  );
}
