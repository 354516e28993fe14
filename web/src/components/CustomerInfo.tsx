import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { api, ApiError } from '../lib/api';
import type { PhonebookEntry } from '../lib/phonebook';
import { CallContext } from './CallContext';

type Lookup = { number: string; entry: PhonebookEntry | null } | null;

/** The caller's customer information from the phonebooks (WS-02): the agent's own book first, then the common one. */
interface Props {
  number: string | null;
  /** The active call, for where it comes from (call center, label, transfer). */
  callId?: string | null;
  remoteNumber?: string | null;
  myExtension?: string | null;
}

export function CustomerInfo({ number, callId = null, remoteNumber = null, myExtension = null }: Props) {
  const t = useT();
  const [lookup, setLookup] = useState<Lookup>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!number) return;
    let current = true;
    setFailed(false);
    api.get<PhonebookEntry>(`/api/phonebook/lookup?number=${encodeURIComponent(number)}`).then(
      (entry) => current && setLookup({ number, entry }),
      (err) => {
        if (!current) return;
        if (err instanceof ApiError && err.status === 404) setLookup({ number, entry: null });
        else setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [number]);

  const shown = lookup && lookup.number === number ? lookup : null;
  return (
    <section class="card customer" aria-label={t('customerInfo')}>
      <h2>{t('customerInfo')}</h2>
      <CallContext callId={callId} remoteNumber={remoteNumber} myExtension={myExtension} />
      {!number && <p class="muted">{t('customerNone')}</p>}
      {number && failed && <p class="muted">{t('errorGeneric')}</p>}
      {number && shown && !shown.entry && <p>{t('customerUnknown', { number })}</p>}
      {number && shown?.entry && (
        <dl>
          <dt>{t('phonebookName')}</dt>
          <dd>
            {shown.entry.name}
            {shown.entry.nameKana && <span class="muted"> ({shown.entry.nameKana})</span>}
          </dd>
          {shown.entry.company && (
            <>
              <dt>{t('phonebookCompany')}</dt>
              <dd>{shown.entry.company}</dd>
            </>
          )}
          <dt>{t('phonebookNumber')}</dt>
          <dd>{shown.entry.number}</dd>
          {shown.entry.memo && (
            <>
              <dt>{t('phonebookMemo')}</dt>
              <dd class="wrap">{shown.entry.memo}</dd>
            </>
          )}
          <dt>{t('customerSource')}</dt>
          <dd>{shown.entry.book === 'common' ? t('phonebookCommon') : t('customerOwnBook')}</dd>
        </dl>
      )}
    </section>
  );
}
