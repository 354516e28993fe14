/** The browser's own view of the audio check leg, read from `RTCPeerConnection.getStats()`. Pure. */

/** One entry of an `RTCStatsReport` (only the fields read here). */
export type StatsEntry = { id?: string; type?: string; [field: string]: unknown };

export interface BrowserAudioStats {
  /** inbound-rtp audio: packets of the played-back audio received so far. */
  packetsReceived: number | null;
  /** 0..1, linear: the level of the played-back audio over the last interval (or the instant one). */
  level: number | null;
  totalAudioEnergy: number | null;
  totalSamplesDuration: number | null;
  /** The selected ICE candidate pair's current round-trip time, in ms. */
  rttMs: number | null;
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function isAudioInbound(s: StatsEntry): boolean {
  return s.type === 'inbound-rtp' && (s.kind === 'audio' || s.mediaType === 'audio');
}

/** The candidate pair in use: the transport's selected one, else a succeeded pair flagged selected/nominated. */
function selectedPair(entries: StatsEntry[]): StatsEntry | undefined {
  const byId = new Map(entries.filter((s) => s.type === 'candidate-pair').map((s) => [s.id, s]));
  for (const s of entries) {
    if (s.type === 'transport' && typeof s.selectedCandidatePairId === 'string') {
      const pair = byId.get(s.selectedCandidatePairId);
      if (pair) return pair;
    }
  }
  const pairs = [...byId.values()].filter((p) => p.state === 'succeeded');
  return pairs.find((p) => p.selected === true) ?? pairs.find((p) => p.nominated === true);
}

/** The level between two readings: √(Δenergy / Δduration), which is the RMS of `audioLevel` over that time. */
function intervalLevel(now: BrowserAudioStats, previous: BrowserAudioStats | null): number | null {
  if (!previous) return null;
  const { totalAudioEnergy: e1, totalSamplesDuration: d1 } = now;
  const { totalAudioEnergy: e0, totalSamplesDuration: d0 } = previous;
  if (e1 === null || d1 === null || e0 === null || d0 === null) return null;
  const dd = d1 - d0;
  const de = e1 - e0;
  if (dd <= 0 || de < 0) return null;
  return Math.min(1, Math.sqrt(de / dd));
}

export function readBrowserStats(report: Iterable<StatsEntry>, previous: BrowserAudioStats | null): BrowserAudioStats {
  const entries = [...report];
  const inbound = entries.find(isAudioInbound);
  const rtt = num(selectedPair(entries)?.currentRoundTripTime);
  const now: BrowserAudioStats = {
    packetsReceived: num(inbound?.packetsReceived),
    level: num(inbound?.audioLevel),
    totalAudioEnergy: num(inbound?.totalAudioEnergy),
    totalSamplesDuration: num(inbound?.totalSamplesDuration),
    rttMs: rtt === null ? null : rtt * 1000,
  };
  const level = intervalLevel(now, previous);
  return level === null ? now : { ...now, level };
}

/** Where a linear level sits on a 0..1 meter spanning -60..0 dBFS (so speech moves it visibly). */
export function meterPosition(level: number | null): number {
  if (level === null || !(level > 0)) return 0;
  const db = 20 * Math.log10(Math.min(1, level));
  return Math.max(0, Math.min(1, (db + 60) / 60));
}
