import { useEffect } from 'preact/hooks';
import { useT } from '../../i18n';
import { smsFailed } from '../../lib/video/videoView';
import { RadioGroup } from '../RadioGroup';
import type { VideoCall } from './useVideoCall';
import { VideoNotes } from './VideoNotes';
import { VideoStartForm } from './VideoStartForm';

interface Props {
  video: VideoCall;
  /** The caller's number, to pre-fill the SMS form. */
  number: string | null;
}

/** The softphone's Video tab (VE-01 – VE-03, VE-08): start by SMS link, join after a transfer, wait for the customer. */
export function VideoTab({ video, number }: Props) {
  const t = useT();
  const { panel } = video;
  // Opening the tab asks again whether the call has a room (a colleague may have started one).
  useEffect(() => video.refresh(), []);

  const form = (
    <VideoStartForm number={number} cameraAvailable={video.cameraAvailable} busy={video.busy} problem={video.problem} onStart={video.start} />
  );
  const notes = <VideoNotes problem={video.problem?.key} info={video.info} />;

  switch (panel.kind) {
    case 'noCall':
      return <p class="hint">{t('veDuringCallOnly')}</p>;
    case 'loading':
      return <p class="hint">{t('veLoading')}</p>;
    case 'form':
      return (
        <div class="stack">
          {notes}
          {form}
        </div>
      );
    case 'transfer':
      return (
        <div class="stack">
          <p>{t('veTransferIntro')}</p>
          <RadioGroup
            legend={t('veTransferChoice')}
            value={video.choice}
            onChange={video.setChoice}
            options={[
              { value: 'join', label: t('veJoinCurrent') },
              { value: 'new', label: t('veStartNew') },
            ]}
          />
          {notes}
          {panel.form ? (
            form
          ) : (
            <div class="actions">
              <button type="button" class="primary" disabled={video.busy} onClick={video.join}>
                {t('veJoin')}
              </button>
            </div>
          )}
        </div>
      );
    case 'rejoin':
      return (
        <div class="stack">
          <p>{t('veRejoinIntro')}</p>
          {notes}
          <div class="actions">
            <button type="button" class="primary" disabled={video.busy} onClick={video.join}>
              {t('veJoin')}
            </button>
            <button type="button" class="danger" disabled={video.busy} onClick={video.end}>
              {t('veEnd')}
            </button>
          </div>
        </div>
      );
    case 'waiting':
      return (
        <div class="stack">
          <p role="status" class="video-waiting">
            {t('veWaiting')}
          </p>
          {smsFailed(panel.room) ? (
            <p role="alert" class="form-alert">
              {t('veSmsFailed', { to: panel.room.to, reason: panel.room.smsReason ?? '' })}
            </p>
          ) : (
            <p class="hint">{t('veLinkSent', { to: panel.room.to })}</p>
          )}
          {notes}
          <div class="actions">
            <button type="button" disabled={video.busy} onClick={video.resend}>
              {t('veResend')}
            </button>
            <button type="button" class="danger" disabled={video.busy} onClick={video.end}>
              {t('veEnd')}
            </button>
          </div>
        </div>
      );
    case 'inRoom':
      return <p class="hint">{t('veInRoom')}</p>;
  }
}
