import { useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { noticeText } from '../../lib/video/noticeText';
import { VideoTile } from '../VideoTile';
import { RecordConsentDialog } from './RecordConsentDialog';
import { SavedFiles } from './SavedFiles';
import type { VideoCall } from './useVideoCall';
import { VideoNotes } from './VideoNotes';

/** The workspace's video card (VE-04): the customer's camera and the room's controls, then what happened and the saved files. */
export function VideoStage({ video }: { video: VideoCall }) {
  const { t } = useI18n();
  if (!video.stage) return null;
  return (
    <section class="card video-stage stack" aria-labelledby="video-stage-heading">
      <h2 id="video-stage-heading">{t('veStageHeading')}</h2>
      {video.stage === 'room' ? <RoomView video={video} /> : <AfterView video={video} />}
      <SavedFiles files={video.files.files} />
    </section>
  );
}

function RoomView({ video }: { video: VideoCall }) {
  const { t, lang } = useI18n();
  const customerRef = useRef<HTMLVideoElement>(null);
  const [askingConsent, setAskingConsent] = useState(false);
  const track = video.customer;
  const customer = useMemo(() => (track ? new MediaStream([track]) : null), [track]);
  const room = video.room;
  if (!room) return null;
  const endsAt = new Date(room.endsAt);
  const { files } = video;

  return (
    <>
      {!room.customerPresent && <p class="hint">{t('veCustomerAway')}</p>}
      {!Number.isNaN(endsAt.getTime()) && (
        <p class="hint">{t('veEndsAt', { time: endsAt.toLocaleTimeString(lang === 'ja' ? 'ja-JP' : 'en-GB', { hour: '2-digit', minute: '2-digit' }) })}</p>
      )}
      <div class="video-stage-pictures">
        <VideoTile label={t('veCustomerVideo')} stream={customer} class="video-customer" videoRef={customerRef} />
        {video.cameraStream && <VideoTile label={t('veMyCamera')} stream={video.cameraStream} class="video-own" />}
      </div>
      <VideoNotes problem={video.problem?.key ?? files.error ?? undefined} info={video.info} />
      <div class="actions video-controls">
        {video.cameraAvailable && (
          <button type="button" onClick={() => video.setCamera(!video.cameraStream)}>
            {video.cameraStream ? t('veCameraOff') : t('veCameraOn')}
          </button>
        )}
        <button type="button" disabled={!track} onClick={() => files.capture(customerRef.current, room)}>
          {t('veCapture')}
        </button>
        <button
          type="button"
          class={files.recording ? 'recording' : undefined}
          aria-pressed={files.recording ? 'true' : 'false'}
          disabled={!track && !files.recording}
          onClick={() => (files.recording ? files.stopRecording() : setAskingConsent(true))}
        >
          {files.recording ? t('veRecording') : t('veRecord')}
        </button>
        <button type="button" onClick={video.sharing ? video.stopSharing : video.share}>
          {video.sharing ? t('veStopSharing') : t('veShareScreen')}
        </button>
        <button type="button" class="danger" disabled={video.busy} onClick={video.end}>
          {t('veEnd')}
        </button>
        <button type="button" disabled={video.busy} onClick={video.resend}>
          {t('veResend')}
        </button>
      </div>
      {askingConsent && (
        <RecordConsentDialog
          onCancel={() => setAskingConsent(false)}
          onStart={() => {
            setAskingConsent(false);
            files.startRecording(track, room);
          }}
        />
      )}
    </>
  );
}

function AfterView({ video }: { video: VideoCall }) {
  const { t } = useI18n();
  const text = video.notice ? noticeText(video.notice) : null;
  return (
    <>
      {text && (
        <div role="status" class="stack video-notice">
          <p class="video-notice-main">{t(text.key)}</p>
          {text.detail && <p class="hint">{t(text.detail)}</p>}
          {text.newLink && <p class="hint">{t('veNewLinkHint')}</p>}
        </div>
      )}
      {video.files.error && (
        <p role="alert" class="form-alert">
          {t(video.files.error)}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={video.dismiss}>
          {t('veClose')}
        </button>
      </div>
    </>
  );
}
