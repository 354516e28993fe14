/** One page of the call history, fetched when the kind, the page or `version` changes. */
import { useEffect, useState } from 'preact/hooks';
import { fetchHistory } from '../../lib/softphone/history';
import type { HistoryKind, HistoryPage } from '../../lib/types';

export interface HistoryState {
  data: HistoryPage | null;
  loading: boolean;
  failed: boolean;
}

export function useHistory(kind: HistoryKind, page: number, version: number): HistoryState {
  const [state, setState] = useState<HistoryState>({ data: null, loading: true, failed: false });
  useEffect(() => {
    let cancelled = false;
    setState({ data: null, loading: true, failed: false });
    fetchHistory(kind, page).then(
      (data) => !cancelled && setState({ data, loading: false, failed: false }),
      () => !cancelled && setState({ data: null, loading: false, failed: true }),
    );
    return () => {
      cancelled = true;
    };
  }, [kind, page, version]);
  return state;
}
