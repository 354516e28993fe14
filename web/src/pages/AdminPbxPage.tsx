import { AppHeader } from '../components/AppHeader';
import { Loading } from '../components/Loading';
import { useT } from '../i18n';
import { useSignedIn } from '../lib/session';
import { isStaff, type SignedIn } from '../lib/types';
import { Forbidden } from './AdminPage';
import { InboundNumbersSection } from './admin/InboundNumbersSection';
import { ParkingSection } from './admin/ParkingSection';
import { PickupGroupsSection } from './admin/PickupGroupsSection';

/** `/admin/pbx`: the PBX settings (park, voice guidance, pickup groups, inbound numbers); ADMIN changes them, SUPERVISOR reads. */
export function AdminPbxPage() {
  const session = useSignedIn();
  if (!session) return <Loading />;
  return isStaff(session.account.role) ? <AdminPbx session={session} /> : <Forbidden session={session} />;
}

function AdminPbx({ session }: { session: SignedIn }) {
  const t = useT();
  const isAdmin = session.account.role === 'ADMIN';
  return (
    <>
      <AppHeader
        session={session}
        nav={
          <>
            <a href="/agent">{t('linkWorkspace')}</a>
            <a href="/admin">{t('linkAdmin')}</a>
          </>
        }
      />
      <main class="page admin">
        <h1>{t('pbxTitle')}</h1>
        <ParkingSection editable={isAdmin} />
        <PickupGroupsSection editable={isAdmin} />
        <InboundNumbersSection editable={isAdmin} />
      </main>
    </>
  );
}
