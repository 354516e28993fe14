import { useMemo } from 'preact/hooks';
import { AgentStatusSelect } from '../components/AgentStatusSelect';
import { AppHeader } from '../components/AppHeader';
import { Loading } from '../components/Loading';
import { useT } from '../i18n';
import { getWs } from '../lib/connection';
import { useSignedIn } from '../lib/session';
import { isStaff, type SignedIn } from '../lib/types';

/** `/agent`: the agent workspace. */
export function AgentPage() {
  const session = useSignedIn();
  return session ? <Workspace session={session} /> : <Loading />;
}

function Workspace({ session }: { session: SignedIn }) {
  const t = useT();
  const ws = useMemo(getWs, []);
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
        {/* The softphone (ui-contract.md "Softphone") mounts here in a later step. */}
        <section class="card softphone-slot" id="softphone" aria-labelledby="softphone-heading">
          <h2 id="softphone-heading">{t('softphoneHeading')}</h2>
          <p class="muted">{t('softphonePending')}</p>
        </section>
      </main>
    </>
  );
}
