import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { api } from '../../lib/api';
import type { SipStatus } from '../../lib/sip';

/** Whether the SIP edge runs, on which port, and the phones registered now. */
export function SipStatusSection() {
  const t = useT();
  const [status, setStatus] = useState<SipStatus | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    api.get<SipStatus>('/api/admin/sip/status').then(setStatus, () => setFailed(true));
  }, []);
  return (
    <section class="card" aria-labelledby="sip-status-heading">
      <h2 id="sip-status-heading">{t('sipStatusHeading')}</h2>
      {failed && (
        <p role="alert" class="form-alert">
          {t('errorGeneric')}
        </p>
      )}
      {status && <p>{status.enabled ? t('sipRunning', { port: String(status.port) }) : t('sipOff')}</p>}
      {status && status.registrations.length === 0 && <p>{t('sipNoRegistrations')}</p>}
      {status && status.registrations.length > 0 && (
        <div class="table-wrap">
          <table>
            <caption class="sr-only">{t('sipRegistrationsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sipColUsername')}</th>
                <th scope="col">{t('colExtension')}</th>
                <th scope="col">{t('sipColSource')}</th>
                <th scope="col">{t('sipColUserAgent')}</th>
              </tr>
            </thead>
            <tbody>
              {status.registrations.map((r) => (
                <tr key={r.contact}>
                  <td>{r.username}</td>
                  <td>{r.extension}</td>
                  <td>{`${r.source} (${r.transport})`}</td>
                  <td>{r.userAgent ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
