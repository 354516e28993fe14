import { useMemo } from 'preact/hooks';
import { AppHeader } from '../components/AppHeader';
import { Loading } from '../components/Loading';
import { useT } from '../i18n';
import { getWs, useConnectionState } from '../lib/connection';
import { useSignedIn } from '../lib/session';
import type { SignedIn } from '../lib/types';
import { AudioCheckControls } from './diag/AudioCheckControls';
import { AudioCheckDetails } from './diag/AudioCheckDetails';
import { AudioCheckResult } from './diag/AudioCheckResult';
import { useAudioCheck } from './diag/useAudioCheck';

/** `/diag/audio`: microphone, speaker and network check (any signed-in user). */
export function DiagAudioPage() {
  const session = useSignedIn();
  return session ? <AudioCheck session={session} /> : <Loading />;
}

function AudioCheck({ session }: { session: SignedIn }) {
  const t = useT();
  const ws = useMemo(getWs, []);
  const connection = useConnectionState(ws);
  const check = useAudioCheck(ws);
  return (
    <>
      <AppHeader session={session} ws={ws} nav={<a href="/agent">{t('linkWorkspace')}</a>} />
      <main class="page page-medium">
        <h1>{t('audioCheckTitle')}</h1>
        <AudioCheckControls check={check} connection={connection} />
        <AudioCheckResult
          running={check.phase !== 'idle'}
          stats={check.stats}
          browserRttMs={check.browser?.rttMs ?? null}
        />
        <AudioCheckDetails stats={check.stats} browser={check.browser} peerState={check.peerState} />
      </main>
    </>
  );
}
