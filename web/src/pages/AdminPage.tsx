import { useMemo } from 'preact/hooks';
import { AppHeader } from '../components/AppHeader';
import { Loading } from '../components/Loading';
import { useT } from '../i18n';
import { getWs } from '../lib/connection';
import { useSignedIn } from '../lib/session';
import { isStaff, type SignedIn } from '../lib/types';
import { AccountsSection } from './admin/AccountsSection';
import { AgentBoard } from './admin/AgentBoard';
import { SettingsSection } from './admin/SettingsSection';

/** `/admin`: supervision and administration for SUPERVISOR and ADMIN. */
export function AdminPage() {
  const session = useSignedIn();
  if (!session) return <Loading />;
  return isStaff(session.account.role) ? <Admin session={session} /> : <Forbidden session={session} />;
}

function Admin({ session }: { session: SignedIn }) {
  const t = useT();
  const ws = useMemo(getWs, []);
  const isAdmin = session.account.role === 'ADMIN';
  return (
    <>
      <AppHeader
        session={session}
        ws={ws}
        nav={
          <>
            <a href="/agent">{t('linkWorkspace')}</a>
            <a href="/admin/pbx">{t('pbxLink')}</a>
            <a href="/admin/sip">{t('sipLink')}</a>
            <a href="/admin/phonebooks">{t('phonebookLink')}</a>
            <a href="/admin/tags">{t('tagsLink')}</a>
            <a href="/admin/sms">{t('smsLink')}</a>
            <a href="/history">{t('historyLink')}</a>
            <a href="/admin/call-centers">{t('callCentersLink')}</a>
          </>
        }
      />
      <main class="page admin">
        <h1>{t('adminTitle')}</h1>
        <AgentBoard ws={ws} />
        <AccountsSection editable={isAdmin} />
        <SettingsSection editable={isAdmin} />
      </main>
    </>
  );
}

export function Forbidden({ session }: { session: SignedIn }) {
  const t = useT();
  return (
    <>
      <AppHeader session={session} nav={<a href="/agent">{t('linkWorkspace')}</a>} />
      <main class="page page-narrow">
        <p role="alert" class="form-alert">
          {t('forbidden')}
        </p>
      </main>
    </>
  );
}
