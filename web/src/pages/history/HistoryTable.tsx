import { useState } from 'preact/hooks';
import { CallTimelineDialog } from '../../components/CallTimelineDialog';
import { useI18n } from '../../i18n';
import { agentsText, directionKey, durationText, outcomeKey, type HistoryEntry, type HistoryView } from '../../lib/history';
import { sentAt } from '../../lib/sms';

/** The rows of a history, newest first; each row carries `data-call-id`. */
export function HistoryTable({ view, caption, entries }: { view: HistoryView; caption: string; entries: HistoryEntry[] }) {
  const { t, lang } = useI18n();
  const [timelineOf, setTimelineOf] = useState<string | null>(null);
  if (entries.length === 0) return <p>{t('historyNoMatch')}</p>;
  const visits = view === 'call-centers';
  const when = (iso: string | null) => (iso ? sentAt(iso, lang) : '');
  return (
    <div class="table-wrap">
      <table>
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{visits ? t('historyColEntered') : t('historyColStarted')}</th>
            <th scope="col">{t('historyColDirection')}</th>
            <th scope="col">{t('historyColCustomer')}</th>
            <th scope="col">{t('historyColDialled')}</th>
            <th scope="col">{t('historyColLabel')}</th>
            <th scope="col">{t('historyColCallCenter')}</th>
            {visits && <th scope="col">{t('historyColOutcome')}</th>}
            {visits && <th scope="col">{t('historyColWait')}</th>}
            <th scope="col">{t('historyColAgents')}</th>
            <th scope="col">{t('historyColDuration')}</th>
            <th scope="col">{t('historyColResult')}</th>
            <th scope="col">{t('historyColTags')}</th>
            <th scope="col">{t('historyColNotes')}</th>
            <th scope="col">{t('historyColTimeline')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const direction = directionKey(e.direction);
            const outcome = outcomeKey(e.visit?.outcome ?? null);
            return (
              <tr key={`${e.callId}/${e.visit?.callCenterId ?? ''}`} data-call-id={e.callId}>
                <td>{visits ? when(e.visit?.enteredAt ?? e.startedAt) : when(e.startedAt)}</td>
                <td>{direction ? t(direction) : ''}</td>
                <td>{e.outsideNumber ?? e.callerNumber ?? ''}</td>
                <td>{e.dialledNumber ?? ''}</td>
                <td>{(visits ? e.visit?.businessLabel : e.businessLabel) ?? ''}</td>
                <td>{(visits ? e.visit?.callCenterName : e.callCenter?.name) ?? ''}</td>
                {visits && <td>{outcome ? t(outcome) + (e.visit?.agentName ? ` (${e.visit.agentName})` : '') : ''}</td>}
                {visits && <td>{durationText(e.visit?.waitSeconds ?? null)}</td>}
                <td>{agentsText(e.agents)}</td>
                <td>{durationText(e.durationSeconds)}</td>
                <td>{e.answered ? t('historyWasAnswered') : t('historyUnanswered')}</td>
                <td class="wrap">{e.tags.map((tag) => tag.name).join(', ')}</td>
                <td class="wrap history-notes">
                  {e.notes.map((n) => (
                    <p key={n.accountId}>
                      <strong>{n.author}</strong>: {n.body}
                    </p>
                  ))}
                </td>
                <td>
                  <button type="button" class="small" onClick={() => setTimelineOf(e.callId)}>
                    {t('timelineButton')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {timelineOf && <CallTimelineDialog callId={timelineOf} onClose={() => setTimelineOf(null)} />}
    </div>
  );
}
