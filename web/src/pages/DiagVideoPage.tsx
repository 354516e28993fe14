import { useMemo, useState } from 'preact/hooks';
import { AppHeader } from '../components/AppHeader';
import { Loading } from '../components/Loading';
import { useT, type MessageKey } from '../i18n';
import { getWs, useConnectionState } from '../lib/connection';
import { useSignedIn } from '../lib/session';
import type { SignedIn } from '../lib/types';
import type { VideoCheckFailure } from '../lib/videoCheck';
import { useVideoCheck } from './diag/useVideoCheck';
import { VideoTile } from '../components/VideoTile';

const FAILURES: Record<VideoCheckFailure, MessageKey> = {
  cameraDenied: 'videoErrCameraDenied',
  cameraMissing: 'videoErrCameraMissing',
  cameraBusy: 'videoErrCameraBusy',
  unsupported: 'videoErrUnsupported',
  notConnected: 'audioErrNotConnected',
  disconnected: 'videoErrDisconnected',
  timeout: 'videoErrGeneric',
  rejected: 'videoErrGeneric',
  failed: 'videoErrFailed',
  generic: 'videoErrGeneric',
};

/** `/diag/video`: join a test room by name and see the others' cameras through the server (any signed-in user). */
export function DiagVideoPage() {
  const session = useSignedIn();
  return session ? <VideoCheck session={session} /> : <Loading />;
}

function VideoCheck({ session }: { session: SignedIn }) {
  const t = useT();
  const ws = useMemo(getWs, []);
  const connection = useConnectionState(ws);
  const check = useVideoCheck(ws);
  const [room, setRoom] = useState('test');
  const status =
    check.phase === 'idle'
      ? t('videoNotJoined')
      : check.phase === 'joining'
        ? t('videoJoining')
        : t('videoInRoom', { room: check.room ?? '', n: String(check.server?.participants ?? 1) });
  return (
    <>
      <AppHeader session={session} ws={ws} nav={<a href="/agent">{t('linkWorkspace')}</a>} />
      <main class="page page-medium">
        <h1>{t('videoCheckTitle')}</h1>
        <section class="card stack">
          <p>{t('videoCheckIntro')}</p>
          <form
            class="actions"
            onSubmit={(e) => {
              e.preventDefault();
              check.join(room.trim());
            }}
          >
            <label>
              {t('videoRoomName')}{' '}
              <input
                value={room}
                maxLength={64}
                pattern="[\p{L}\p{N}_\-]{1,64}"
                required
                disabled={check.phase !== 'idle'}
                onInput={(e) => setRoom((e.target as HTMLInputElement).value)}
              />
            </label>
            <button type="submit" class="primary" disabled={check.phase !== 'idle' || connection !== 'open'}>
              {t('videoJoin')}
            </button>
            <button type="button" disabled={check.phase === 'idle'} onClick={check.leave}>
              {t('videoLeave')}
            </button>
            <button
              type="button"
              disabled={check.phase !== 'joined'}
              onClick={check.sharing ? check.stopSharing : check.share}
            >
              {check.sharing ? t('videoStopSharing') : t('videoShareScreen')}
            </button>
          </form>
          <p role="status" aria-label={t('videoStatus')}>
            {status}
          </p>
          {check.sharingPattern && <p class="muted">{t('videoSharingPattern')}</p>}
          {check.failure && (
            <p role="alert" class="form-alert">
              {t(FAILURES[check.failure])}
            </p>
          )}
        </section>
        <section class="card stack">
          <h2>{t('videoYourCamera')}</h2>
          <VideoTile label={t('videoYourCamera')} stream={check.camera} />
        </section>
        <section class="card stack">
          <h2>{t('videoReceivedHeading')}</h2>
          <div class="video-grid">
            {check.remote.map((r) => (
              <VideoTile key={r.mid} label={t('videoRemote', { n: r.mid })} stream={new MediaStream([r.track])} />
            ))}
          </div>
          <ul aria-label={t('videoReceivedList')}>
            {check.received.map((r) => (
              <li key={r.mid}>
                {t('videoReceivedLine', {
                  n: r.mid,
                  frames: String(r.framesDecoded),
                  size: r.width && r.height ? `${r.width}×${r.height}` : '—',
                })}
              </li>
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}
