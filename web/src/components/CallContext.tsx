import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { api } from '../lib/api';
import { transferredBy, type CallCenterCall, type TimelineEntry } from '../lib/contact';

interface Props {
  /** The active call, or null. */
  callId: string | null;
  /** Changes when the call's other side changes (e.g. a transfer completes), to read the moves again. */
  remoteNumber: string | null;
  myExtension: string | null;
}

/**
 * Where the current call comes from (WS-03, WS-07): its call center and business label (業務ラベル),
 * and the extension that transferred it here. Shown beside the customer information, which opens
 * on its own for every call, transferred ones included.
 */
export function CallContext({ callId, remoteNumber, myExtension }: Props) {
  const t = useT();
  const [center, setCenter] = useState<CallCenterCall | null>(null);
  const [by, setBy] = useState<string | null>(null);

  useEffect(() => {
    setCenter(null);
    setBy(null);
    if (!callId) return;
    let current = true;
    api.get<CallCenterCall>('/api/me/call-center-call').then(
      (c) => current && c.callId === callId && setCenter(c),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [callId]);

  useEffect(() => {
    if (!callId) return;
    let current = true;
    api.get<TimelineEntry[]>(`/api/calls/${encodeURIComponent(callId)}/timeline`).then(
      (timeline) => current && setBy(transferredBy(timeline, myExtension)),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [callId, remoteNumber, myExtension]);

  if (!callId || (!center && !by)) return null;
  return (
    <dl class="call-context" aria-label={t('contextTitle')}>
      {center?.callCenterName && (
        <>
          <dt>{t('contextCallCenter')}</dt>
          <dd>{center.callCenterName}</dd>
        </>
      )}
      {center?.businessLabel && (
        <>
          <dt>{t('contextLabel')}</dt>
          <dd>{center.businessLabel}</dd>
        </>
      )}
      {by && (
        <>
          <dt>{t('contextTransferredBy')}</dt>
          <dd>{by}</dd>
        </>
      )}
    </dl>
  );
}
