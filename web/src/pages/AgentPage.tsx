import { useMemo, useState } from 'preact/hooks';
import { AgentStatusSelect } from '../components/AgentStatusSelect';
import { AppHeader } from '../components/AppHeader';
import { CustomerInfo } from '../components/CustomerInfo';
import { Loading } from '../components/Loading';
import { Softphone } from '../components/softphone/Softphone';
import { useT } from '../i18n';
import { getWs } from '../lib/connection';
import { customerNumber } from '../lib/customer';
import { useSignedIn } from '../lib/session';
import { dialParam } from '../lib/softphone/number';
import { isStaff, type CallView, type SignedIn } from '../lib/types';

/** `/agent`: the agent workspace, with the softphone (`?dial=NUMBER` dials once it is connected). */
export function AgentPage() {
  const session = useSignedIn();
  return session ? <Workspace session={session} /> : <Loading />;
}

function Workspace({ session }: { session: SignedIn }) {
  const t = useT();
  const ws = useMemo(getWs, []);
  const [call, setCall] = useState<CallView | null>(null);
  const nav = (
    <>
      {isStaff(session.account.role) ? <a href="/admin">{t('linkAdmin')}</a> : <a href="/account">{t('accountTitle')}</a>}
      <a href="/diag/audio">{t('audioCheckTitle')}</a>
    </>
  );
  return (
    <>
      <AppHeader session={session} ws={ws} nav={nav} />
      <main class="page workspace">
        <section class="card">
          <AgentStatusSelect ws={ws} accountId={session.account.id} />
        </section>
        <Softphone ws={ws} dial={dialParam(location.search)} onCall={setCall} />
        <CustomerInfo number={customerNumber(call)} />
      </main>
    </>
  );
}
