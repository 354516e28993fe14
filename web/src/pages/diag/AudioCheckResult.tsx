import { useId } from 'preact/hooks';
import { useT } from '../../i18n';
import { formatAudioResult } from '../../lib/audioCheckResult';
import type { AudioCheckStats } from '../../lib/types';

interface Props {
  running: boolean;
  stats: AudioCheckStats | null;
  browserRttMs: number | null;
}

/** role=status named "Audio check result": RTT, loss, jitter and whether the server heard audio. */
export function AudioCheckResult({ running, stats, browserRttMs }: Props) {
  const t = useT();
  const id = useId();
  return (
    <section class="card">
      <h2 id={id}>{t('audioResultHeading')}</h2>
      <p role="status" aria-labelledby={id} class="audio-result">
        {formatAudioResult(t, { running, stats, browserRttMs })}
      </p>
      {stats?.toneHz != null && <p class="audio-tone">{t('audioTone', { hz: String(Math.round(stats.toneHz)) })}</p>}
    </section>
  );
}
