import { useId } from 'preact/hooks';
import { useT } from '../../i18n';
import { peerStateLabel } from '../../i18n/labels';
import { NO_VALUE } from '../../lib/audioCheckResult';
import type { BrowserAudioStats } from '../../lib/browserStats';
import type { AudioCheckStats } from '../../lib/types';
import { LevelMeter } from './LevelMeter';

interface Props {
  stats: AudioCheckStats | null;
  browser: BrowserAudioStats | null;
  peerState: RTCPeerConnectionState | null;
}

function count(n: number | null | undefined): string {
  return typeof n === 'number' ? String(n) : NO_VALUE;
}

/** Both ends' counters: what the server received, and what this browser receives and plays back. */
export function AudioCheckDetails({ stats, browser, peerState }: Props) {
  const t = useT();
  const id = useId();
  const levelId = useId();
  return (
    <section class="card" aria-labelledby={id}>
      <h2 id={id}>{t('audioDetailsHeading')}</h2>
      <dl class="profile audio-details">
        <dt>{t('audioMediaConnection')}</dt>
        <dd>{peerState ? peerStateLabel(t, peerState) : NO_VALUE}</dd>
        <dt>{t('audioServerPackets')}</dt>
        <dd>{count(stats?.packetsReceived)}</dd>
        <dt>{t('audioBrowserPackets')}</dt>
        <dd>{count(browser?.packetsReceived)}</dd>
        <dt id={levelId}>{t('audioPlaybackLevel')}</dt>
        <dd>
          <LevelMeter level={browser?.level ?? null} labelledBy={levelId} />
        </dd>
      </dl>
    </section>
  );
}
