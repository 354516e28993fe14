import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { formatAudioResult, formatMs, formatPercent, formatResultLine, resultRttMs } from './audioCheckResult';
import type { AudioCheckStats } from './types';

const en = translator('en');
const ja = translator('ja');

function stats(over: Partial<AudioCheckStats> = {}): AudioCheckStats {
  return {
    packetsReceived: 250,
    lossPercent: 0,
    jitterMs: 3.4,
    rttMs: 12.2,
    audioReceived: true,
    toneHz: null,
    state: 'connected',
    ...over,
  };
}

describe('audio check result line', () => {
  it('formats the numbers: whole milliseconds, loss with one decimal', () => {
    expect(formatMs(12.49)).toBe('12');
    expect(formatMs(12.5)).toBe('13');
    expect(formatMs(0)).toBe('0');
    expect(formatMs(null)).toBe('–');
    expect(formatMs(Number.NaN)).toBe('–');
    expect(formatPercent(0)).toBe('0.0');
    expect(formatPercent(2.345)).toBe('2.3');
    expect(formatPercent(100)).toBe('100.0');
    expect(formatPercent(undefined)).toBe('–');
  });

  it('reads like the contract in English', () => {
    expect(formatResultLine(en, stats(), null)).toBe('RTT 12 ms · Loss 0.0 % · Jitter 3 ms · Audio received: yes');
    expect(formatResultLine(en, stats({ audioReceived: false, lossPercent: 1.25 }), null)).toBe(
      'RTT 12 ms · Loss 1.3 % · Jitter 3 ms · Audio received: no',
    );
  });

  it('reads like the contract in Japanese', () => {
    expect(formatResultLine(ja, stats(), null)).toBe('RTT 12 ms · 損失 0.0 % · ジッタ 3 ms · 受信音声: あり');
    expect(formatResultLine(ja, stats({ audioReceived: false }), null)).toBe(
      'RTT 12 ms · 損失 0.0 % · ジッタ 3 ms · 受信音声: なし',
    );
  });

  it("uses the browser's RTT while the server has none, else a dash", () => {
    expect(resultRttMs(stats({ rttMs: 40 }), 7)).toBe(40);
    expect(resultRttMs(stats({ rttMs: null }), 7.6)).toBe(7.6);
    expect(resultRttMs(stats({ rttMs: null }), null)).toBeNull();
    expect(resultRttMs(null, 5)).toBe(5);
    expect(formatResultLine(en, stats({ rttMs: null }), 7.6)).toBe('RTT 8 ms · Loss 0.0 % · Jitter 3 ms · Audio received: yes');
    expect(formatResultLine(en, stats({ rttMs: null }), null)).toBe('RTT – ms · Loss 0.0 % · Jitter 3 ms · Audio received: yes');
  });

  it('says "Measuring…" with dashes before the first stats, and only the line after', () => {
    expect(formatAudioResult(en, { running: true, stats: null, browserRttMs: null })).toBe(
      'Measuring… RTT – ms · Loss – % · Jitter – ms · Audio received: –',
    );
    expect(formatAudioResult(ja, { running: true, stats: null, browserRttMs: 9 })).toBe(
      '測定中… RTT 9 ms · 損失 – % · ジッタ – ms · 受信音声: –',
    );
    expect(formatAudioResult(en, { running: true, stats: stats(), browserRttMs: null })).toBe(
      'RTT 12 ms · Loss 0.0 % · Jitter 3 ms · Audio received: yes',
    );
  });

  it('tells an idle page apart from a stopped check', () => {
    expect(formatAudioResult(en, { running: false, stats: null, browserRttMs: null })).toBe(
      'Not started. RTT – ms · Loss – % · Jitter – ms · Audio received: –',
    );
    expect(formatAudioResult(en, { running: false, stats: stats(), browserRttMs: null })).toBe(
      'Stopped. Last result: RTT 12 ms · Loss 0.0 % · Jitter 3 ms · Audio received: yes',
    );
  });
});
