import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n';
import { audioFailureMessage } from '../../i18n/labels';
import type { ConnectionState } from '../../lib/ws';
import type { AudioCheckState } from './useAudioCheck';

interface Props {
  check: AudioCheckState;
  connection: ConnectionState;
}

/** What the check does, Start/Stop, why it stopped, and the (hidden) player for the echo. */
export function AudioCheckControls({ check, connection }: Props) {
  const t = useT();
  const audioRef = useRef<HTMLAudioElement>(null);
  const { phase, failure, remote } = check;

  useEffect(() => {
    const audio = audioRef.current;
    if (!audio) return;
    audio.srcObject = remote;
    if (remote) {
      audio.play().catch(() => {
        // autoplay refused: the Start click normally allows it
      });
    }
  }, [remote]);

  return (
    <section class="card stack">
      <p class="audio-intro">{t('audioCheckIntro')}</p>
      <div class="actions">
        <button type="button" class="primary" disabled={phase !== 'idle' || connection !== 'open'} onClick={check.start}>
          {t('audioStart')}
        </button>
        <button type="button" disabled={phase === 'idle'} onClick={check.stop}>
          {t('audioStop')}
        </button>
      </div>
      {phase === 'starting' && <p class="muted">{t('audioStarting')}</p>}
      {phase === 'running' && <p class="muted">{t('audioRunning')}</p>}
      {failure && (
        <p role="alert" class="form-alert">
          {audioFailureMessage(t, failure)}
        </p>
      )}
      <audio ref={audioRef} autoplay />
    </section>
  );
}
