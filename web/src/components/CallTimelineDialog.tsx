import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { api } from '../lib/api';
import type { TimelineEntry } from '../lib/contact';
import { timelineLine, type TimelineLine } from '../lib/timeline';
import { Modal } from './Modal';

/** The contact's timeline (the call's moves, its video calls, captures and recordings), in a dialog. */
export function CallTimelineDialog({ callId, onClose }: { callId: string; onClose: () => void }) {
  const { t, lang } = useI18n();
  const [lines, setLines] = useState<TimelineLine[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    api.get<TimelineEntry[]>(`/api/calls/${encodeURIComponent(callId)}/timeline`).then(
      (entries) => current && setLines(entries.map(timelineLine)),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [callId]);

  const time = (iso: string) => {
    const at = new Date(iso);
    return Number.isNaN(at.getTime()) ? iso : at.toLocaleTimeString(lang === 'ja' ? 'ja-JP' : 'en-GB');
  };
  const text = (part: TimelineLine['what']) => ('key' in part ? t(part.key) : part.raw);

  return (
    <Modal title={t('timelineTitle')} onClose={onClose}>
      {failed && <p role="alert">{t('timelineFailed')}</p>}
      {lines && lines.length === 0 && <p>{t('timelineEmpty')}</p>}
      {lines && lines.length > 0 && (
        <ol class="call-timeline" aria-label={t('timelineTitle')}>
          {lines.map((line) => (
            <li key={line.seq}>
              <time dateTime={line.at}>{time(line.at)}</time> {line.who && <strong>{line.who}</strong>} {text(line.what)}
              {line.detail && <span class="muted"> — {text(line.detail)}</span>}
            </li>
          ))}
        </ol>
      )}
      <div class="actions">
        <button type="button" onClick={onClose}>
          {t('timelineClose')}
        </button>
      </div>
    </Modal>
  );
}
