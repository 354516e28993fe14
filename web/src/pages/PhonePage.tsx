import { useMemo } from 'preact/hooks';
import { AgentStatusSelect } from '../components/AgentStatusSelect';
import { AppHeader } from '../components/AppHeader';
import { Loading } from '../components/Loading';
import { Softphone } from '../components/softphone/Softphone';
import { useT } from '../i18n';
import { getWs } from '../lib/connection';
import { useSignedIn } from '../lib/session';
import { dialParam } from '../lib/softphone/number';
import type { SignedIn } from '../lib/types';

/** `/agent/phone`: the softphone alone, e.g. in a small window beside a CRM; `?dial=NUMBER` is click-to-call (SP-04). */
export function PhonePage() {
  const session = useSignedIn();
  return session ? <Phone session={session} /> : <Loading />;
}

function Phone({ session }: { session: SignedIn }) {
  const t = useT();
  const ws = useMemo(getWs, []);
  return (
    <>
      <AppHeader session={session} ws={ws} nav={<a href="/agent">{t('linkWorkspace')}</a>} />
      <main class="page page-phone">
        <section class="card">
          <AgentStatusSelect ws={ws} accountId={session.account.id} />
        </section>
        <Softphone ws={ws} dial={dialParam(location.search)} />
      </main>
    </>
  );
}
