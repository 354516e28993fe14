import { useMemo } from 'preact/hooks';
import { useCustomerVideo } from '../components/customerVideo/useCustomerVideo';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { VideoTile } from '../components/VideoTile';
import { useT, type MessageKey } from '../i18n';
import { communicatorVideos, type CameraProblem, type CustomerState } from '../lib/video/customerVideo';
import { videoToken } from '../routes';

const CAMERA_HELP: Record<CameraProblem, MessageKey[]> = {
  denied: ['cvCameraDenied', 'cvCameraDeniedHelp'],
  missing: ['cvCameraMissing'],
  unsupported: ['cvUnsupported'],
};

/** `/v/{token}`: the customer's side of a video call, opened from the SMS link on a smartphone (no sign-in). */
export function CustomerVideoPage() {
  const t = useT();
  const token = videoToken(location.pathname) ?? '';
  return (
    <>
      <header class="app-header customer-video-header">
        <div class="brand">{t('cvTitle')}</div>
        <div class="header-tools">
          <LanguageSwitcher />
        </div>
      </header>
      <main class="page customer-video">
        <CustomerVideo token={token} />
      </main>
    </>
  );
}

function CustomerVideo({ token }: { token: string }) {
  const t = useT();
  const video = useCustomerVideo(token);
  const { state } = video;
  const { communicator, screen } = communicatorVideos(video.remote, video.screens);
  const communicatorStream = useMemo(() => (communicator ? new MediaStream([communicator.track]) : null), [communicator?.track]);
  const screenStream = useMemo(() => (screen ? new MediaStream([screen.track]) : null), [screen?.track]);

  if (state.phase === 'inRoom') {
    return (
      <div class="customer-room">
        <VideoTile label={t('cvCommunicator')} stream={communicatorStream} class="customer-communicator" />
        {!communicator && <p class="hint">{t('cvCommunicatorCameraOff')}</p>}
        {screen && <VideoTile label={t('cvSharedScreen')} stream={screenStream} class="customer-screen" />}
        <VideoTile label={t('cvMyCamera')} stream={video.camera} class="customer-own" />
        {video.canSwitch && (
          <button type="button" class="customer-button" onClick={video.switchCamera}>
            {t('cvSwitchCamera')}
          </button>
        )}
        <button type="button" class="primary danger customer-button" onClick={video.end}>
          {t('cvEnd')}
        </button>
      </div>
    );
  }
  return (
    <section class="card stack customer-card">
      <StateMessage state={state} start={video.start} />
    </section>
  );
}

/** Everything but the room: checking, a dead link, the explanation before the camera, camera help, the end. */
function StateMessage({ state, start }: { state: CustomerState; start: () => void }) {
  const t = useT();
  const startButton = (label: MessageKey) => (
    <button type="button" class="primary customer-button" onClick={start}>
      {t(label)}
    </button>
  );
  switch (state.phase) {
    case 'connecting':
    case 'checking':
      return <p role="status">{state.phase === 'connecting' && state.lost ? t('cvLost') : t('cvConnecting')}</p>;
    case 'invalid':
      return (
        <>
          <p class="customer-headline">{t('cvInvalid')}</p>
          <p>{t('cvInvalidHint')}</p>
        </>
      );
    case 'ready':
      return (
        <>
          {state.problem && (
            <p role="alert" class="form-alert">
              {t(state.problem === 'lost' ? 'cvLost' : 'cvFailed')}
            </p>
          )}
          <p>{t('cvIntro')}</p>
          <p>{t('cvIntroPermission')}</p>
          <p>{t('cvIntroCamera')}</p>
          {startButton('cvStart')}
        </>
      );
    case 'starting':
      return <p role="status">{t('cvStarting')}</p>;
    case 'camera':
      return (
        <>
          <div role="alert" class="form-alert">
            {CAMERA_HELP[state.problem].map((key) => (
              <p key={key}>{t(key)}</p>
            ))}
          </div>
          {state.problem !== 'unsupported' && startButton('cvTryAgain')}
        </>
      );
    case 'inRoom':
      return null;
    case 'ended':
      return (
        <p role="status" class="customer-headline">
          {state.reason === 'openedElsewhere' ? t('cvReplaced') : t('cvEnded')}
        </p>
      );
  }
}
