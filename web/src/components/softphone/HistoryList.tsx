import { useT } from '../../i18n';
import { formatDuration } from '../../lib/softphone/duration';
import { historyEntryLabel } from '../../lib/softphone/historyLabel';
import type { HistoryKind } from '../../lib/types';
import { useHistory } from './useHistory';

interface Props {
  kind: HistoryKind;
  page: number;
  onPage: (page: number) => void;
  version: number;
  /** An entry was chosen: its number goes into the Number box. */
  onPick: (number: string) => void;
}

/** One page of one kind: each entry a button named "NUMBER NAME MM/DD hh:mm", with Previous/Next. */
export function HistoryList({ kind, page, onPage, version, onPick }: Props) {
  const t = useT();
  const { data, loading, failed } = useHistory(kind, page, version);
  const current = data?.page ?? page;
  const pages = Math.max(1, data?.pages ?? 1);
  return (
    <div class="history" aria-busy={loading ? 'true' : 'false'}>
      {failed && (
        <p role="alert" class="form-alert">
          {t('historyLoadFailed')}
        </p>
      )}
      {data && data.entries.length === 0 && <p class="muted">{t('historyEmpty')}</p>}
      {data && data.entries.length > 0 && (
        <>
          <p class="hint">{t('historyPick')}</p>
          <ul class="history-list">
            {data.entries.map((entry) => (
              <li key={entry.callId}>
                <button type="button" class="history-entry" onClick={() => onPick(entry.number)}>
                  {historyEntryLabel(entry)}
                </button>
                {entry.durationSeconds > 0 && <span class="history-duration">{formatDuration(entry.durationSeconds)}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="history-paging">
        <button type="button" class="small" disabled={loading || current <= 0} onClick={() => onPage(current - 1)}>
          {t('historyPrevious')}
        </button>
        <span class="muted">{t('historyPage', { page: String(current + 1), pages: String(pages) })}</span>
        <button type="button" class="small" disabled={loading || current + 1 >= pages} onClick={() => onPage(current + 1)}>
          {t('historyNext')}
        </button>
      </div>
    </div>
  );
}
