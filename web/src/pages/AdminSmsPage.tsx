import { useEffect, useState } from 'preact/hooks';
import { AdminShell } from '../components/AdminShell';
import { Loading } from '../components/Loading';
import { useI18n } from '../i18n';
import { api } from '../lib/api';
import { useSignedIn } from '../lib/session';
import { movePage, sentAt, statusText, type SmsPage } from '../lib/sms';
import { isStaff, type SignedIn } from '../lib/types';
import { Forbidden } from './AdminPage';
import { SmsTestSection } from './admin/SmsTestSection';

/** `/admin/sms`: every SMS the tenant sent, newest first, with its status (SUPERVISOR and ADMIN read). */
export function AdminSmsPage() {
  const session = useSignedIn();
  if (!session) return <Loading />;
  return isStaff(session.account.role) ? <AdminSms session={session} /> : <Forbidden session={session} />;
}

function AdminSms({ session }: { session: SignedIn }) {
  const { t, lang } = useI18n();
  const [page, setPage] = useState(0);
  const [list, setList] = useState<SmsPage | null>(null);
  const [failed, setFailed] = useState(false);
  // Bumped after a test message so the list shows it.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    api.get<SmsPage>(`/api/admin/sms?page=${page}`).then(
      (p) => {
        setList(p);
        setFailed(false);
      },
      () => setFailed(true),
    );
  }, [page, version]);

  return (
    <AdminShell session={session} title={t('smsTitle')}>
      {session.account.role === 'ADMIN' && <SmsTestSection onSent={() => setVersion((v) => v + 1)} />}
      <section class="card">
        <p class="muted">{t('smsIntro')}</p>
        {failed && (
          <p role="alert" class="form-alert">
            {t('errorGeneric')}
          </p>
        )}
        {!list && !failed && <Loading />}
        {list && list.messages.length === 0 && <p>{t('smsEmpty')}</p>}
        {list && list.messages.length > 0 && (
          <>
            <div class="table-wrap">
              <table>
                <caption class="sr-only">{t('smsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('smsColSent')}</th>
                    <th scope="col">{t('smsColTo')}</th>
                    <th scope="col">{t('smsColBody')}</th>
                    <th scope="col">{t('smsColPurpose')}</th>
                    <th scope="col">{t('smsColSender')}</th>
                    <th scope="col">{t('smsColStatus')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.messages.map((m) => (
                    <tr key={m.id} data-sms-id={m.id}>
                      <td>{sentAt(m.createdAt, lang)}</td>
                      <td>{m.to}</td>
                      <td class="wrap">{m.body}</td>
                      <td>{m.purpose}</td>
                      <td>{m.sender ?? ''}</td>
                      <td class="wrap">{statusText(m, t)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {list.pages > 1 && (
              <nav aria-label={t('smsPages')} class="row-actions">
                <button type="button" class="small" disabled={list.page === 0} onClick={() => setPage(movePage(list, -1))}>
                  {t('historyPrevious')}
                </button>
                <span>{t('smsPageOf', { page: String(list.page + 1), pages: String(list.pages) })}</span>
                <button
                  type="button"
                  class="small"
                  disabled={list.page >= list.pages - 1}
                  onClick={() => setPage(movePage(list, 1))}
                >
                  {t('historyNext')}
                </button>
              </nav>
            )}
          </>
        )}
      </section>
    </AdminShell>
  );
}
