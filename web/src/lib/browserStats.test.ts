import { describe, expect, it } from 'vitest';
import { meterPosition, readBrowserStats, type StatsEntry } from './browserStats';

function report(inbound: Partial<StatsEntry>, extra: StatsEntry[] = []): StatsEntry[] {
  return [
    { id: 'IT1', type: 'inbound-rtp', kind: 'audio', packetsReceived: 100, audioLevel: 0.2, ...inbound },
    { id: 'OT1', type: 'outbound-rtp', kind: 'audio', packetsSent: 120 },
    ...extra,
  ];
}

describe("the browser's view of the audio check", () => {
  it('reads the played-back audio from inbound-rtp', () => {
    const s = readBrowserStats(report({ totalAudioEnergy: 1, totalSamplesDuration: 5 }), null);
    expect(s.packetsReceived).toBe(100);
    expect(s.level).toBe(0.2);
    expect(s.rttMs).toBeNull();
  });

  it('takes the level over the last interval from totalAudioEnergy when it has a previous reading', () => {
    const first = readBrowserStats(report({ totalAudioEnergy: 1, totalSamplesDuration: 5 }), null);
    const second = readBrowserStats(report({ totalAudioEnergy: 1.09, totalSamplesDuration: 6, audioLevel: 0.9 }), first);
    expect(second.level).toBeCloseTo(0.3, 6);
    // a restarted counter falls back to the instant level
    const third = readBrowserStats(report({ totalAudioEnergy: 0.01, totalSamplesDuration: 0.5, audioLevel: 0.1 }), second);
    expect(third.level).toBe(0.1);
  });

  it("uses the transport's selected candidate pair for the RTT, in ms", () => {
    const pairs: StatsEntry[] = [
      { id: 'CP1', type: 'candidate-pair', state: 'failed', currentRoundTripTime: 0.5 },
      { id: 'CP2', type: 'candidate-pair', state: 'succeeded', nominated: true, currentRoundTripTime: 0.012 },
      { id: 'T1', type: 'transport', selectedCandidatePairId: 'CP2' },
    ];
    expect(readBrowserStats(report({}, pairs), null).rttMs).toBeCloseTo(12, 6);
  });

  it('finds the pair without a transport entry (Firefox marks it selected)', () => {
    const pairs: StatsEntry[] = [
      { id: 'a', type: 'candidate-pair', state: 'succeeded', nominated: true, currentRoundTripTime: 0.03 },
      { id: 'b', type: 'candidate-pair', state: 'succeeded', selected: true, currentRoundTripTime: 0.004 },
    ];
    expect(readBrowserStats(report({}, pairs), null).rttMs).toBeCloseTo(4, 6);
  });

  it('knows nothing before media flows', () => {
    expect(readBrowserStats([], null)).toEqual({
      packetsReceived: null,
      level: null,
      totalAudioEnergy: null,
      totalSamplesDuration: null,
      rttMs: null,
    });
  });

  it('puts levels on a -60..0 dBFS meter', () => {
    expect(meterPosition(null)).toBe(0);
    expect(meterPosition(0)).toBe(0);
    expect(meterPosition(0.0001)).toBe(0);
    expect(meterPosition(1)).toBe(1);
    expect(meterPosition(0.001)).toBeCloseTo(0, 6);
    expect(meterPosition(0.1)).toBeCloseTo(2 / 3, 6);
  });
});
