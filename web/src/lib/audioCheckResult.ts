/** The audio check's one-line result ("RTT 12 ms · Loss 0.0 % · Jitter 3 ms · Audio received: yes"). Pure. */
import type { Translate } from '../i18n';
import type { AudioCheckStats } from './types';

/** Shown where a value is not known yet. */
export const NO_VALUE = '–';

export interface AudioResultInput {
  /** Whether a check is starting or running right now. */
  running: boolean;
  /** The server's latest `diag.audio.stats`, or null before the first one. */
  stats: AudioCheckStats | null;
  /** The browser's own round-trip time (ICE candidate pair), used while the server has none. */
  browserRttMs: number | null;
}

function finite(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** Whole milliseconds, or the dash. */
export function formatMs(ms: number | null | undefined): string {
  return finite(ms) ? String(Math.max(0, Math.round(ms))) : NO_VALUE;
}

/** One decimal, or the dash. */
export function formatPercent(percent: number | null | undefined): string {
  return finite(percent) ? Math.max(0, percent).toFixed(1) : NO_VALUE;
}

/** The RTT to show: the server's (RTCP) when it has one, else the browser's, else none. */
export function resultRttMs(stats: AudioCheckStats | null, browserRttMs: number | null): number | null {
  if (stats && finite(stats.rttMs)) return stats.rttMs;
  return finite(browserRttMs) ? browserRttMs : null;
}

/** The measurements alone, with dashes for what is not known. */
export function formatResultLine(t: Translate, stats: AudioCheckStats | null, browserRttMs: number | null): string {
  return t('audioResultLine', {
    rtt: formatMs(resultRttMs(stats, browserRttMs)),
    loss: formatPercent(stats?.lossPercent),
    jitter: formatMs(stats?.jitterMs),
    received: stats ? t(stats.audioReceived ? 'audioReceivedYes' : 'audioReceivedNo') : NO_VALUE,
  });
}

/** The whole text of the result element, with "Measuring…", "Not started." or "Stopped." in front when it applies. */
export function formatAudioResult(t: Translate, { running, stats, browserRttMs }: AudioResultInput): string {
  const line = formatResultLine(t, stats, browserRttMs);
  if (running) return stats ? line : `${t('audioMeasuring')} ${line}`;
  return `${t(stats ? 'audioStopped' : 'audioNotStarted')} ${line}`;
}
