import { useMemo, useState } from 'preact/hooks';
import { AgentStatusSelect } from '../components/AgentStatusSelect';
import { AppHeader } from '../components/AppHeader';
import { CallRecordPanel } from '../components/CallRecordPanel';
import { CustomerInfo } from '../components/CustomerInfo';
import { Loading } from '../components/Loading';
import { Softphone } from '../components/softphone/Softphone';
import { useVideoCall } from '../components/video/useVideoCall';
import { VideoStage } from '../components/video/VideoStage';
import { VideoTab } from '../components/video/VideoTab';
import { useT } from '../i18n';
import { getWs } from '../lib/connection';
import { customerNumber } from '../lib/customer';
import { isActive } from '../lib/softphone/callStatus';
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
  // The last call stays open for tags and notes after hanging up, until the next call starts.
  const [lastCallId, setLastCallId] = useState<string | null>(null);
  const onCall = (next: CallView | null) => {
    setCall(next);
    if (next) setLastCallId(next.callId);
  };
  // The video room outlives the tab that shows its controls (VE-04).
  const video = useVideoCall(ws, call, session.account.login);
  const nav = (
    <>
      {isStaff(session.account.role) ? <a href="/admin">{t('linkAdmin')}</a> : <a href="/account">{t('accountTitle')}</a>}
      <a href="/history">{t('historyLink')}</a>
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
        <Softphone
          ws={ws}
          dial={dialParam(location.search)}
          onCall={onCall}
          videoTab={() => <VideoTab video={video} number={customerNumber(call)} />}
        />
        <VideoStage video={video} />
        <CustomerInfo
          number={customerNumber(call)}
          callId={isActive(call) ? call.callId : null}
          remoteNumber={call?.remoteNumber ?? null}
          myExtension={session.account.extension}
        />
        <CallRecordPanel callId={lastCallId} accountId={session.account.id} />
      </main>
    </>
  );
}
