import { AdminShell } from '../components/AdminShell';
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
    <AdminShell session={session} title={t('pbxTitle')}>
      <ParkingSection editable={isAdmin} />
      <PickupGroupsSection editable={isAdmin} />
      <InboundNumbersSection editable={isAdmin} />
    </AdminShell>
  );
}
