import { AdminShell } from '../components/AdminShell';
import { Loading } from '../components/Loading';
import { useT } from '../i18n';
import { useSignedIn } from '../lib/session';
import { isStaff, type SignedIn } from '../lib/types';
import { Forbidden } from './AdminPage';
import { SipLoginsSection } from './sip/SipLoginsSection';
import { SipStatusSection } from './sip/SipStatusSection';
import { SipTrunksSection } from './sip/SipTrunksSection';

/** `/admin/sip`: SIP phones' logins, carrier trunks and what is registered; ADMIN changes, SUPERVISOR reads. */
export function AdminSipPage() {
  const session = useSignedIn();
  if (!session) return <Loading />;
  return isStaff(session.account.role) ? <AdminSip session={session} /> : <Forbidden session={session} />;
}

function AdminSip({ session }: { session: SignedIn }) {
  const t = useT();
  const isAdmin = session.account.role === 'ADMIN';
  return (
    <AdminShell session={session} title={t('sipTitle')}>
      <SipStatusSection />
      <SipLoginsSection editable={isAdmin} />
      <SipTrunksSection editable={isAdmin} />
    </AdminShell>
  );
}
