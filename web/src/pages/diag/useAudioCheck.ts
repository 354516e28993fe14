/** The state of the audio check page: one leg at a time, the server's stats and the browser's own. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { AudioCheckError, AudioCheckLeg, browserMediaDeps, type AudioCheckFailure } from '../../lib/audioCheck';
import { readBrowserStats, type BrowserAudioStats } from '../../lib/browserStats';
import { useConnectionState, useWsEvent } from '../../lib/connection';
import type { AudioCheckStats } from '../../lib/types';
import type { WsClient } from '../../lib/ws';

export type AudioCheckPhase = 'idle' | 'starting' | 'running';

export interface AudioCheckState {
  phase: AudioCheckPhase;
  failure: AudioCheckFailure | null;
  /** The server's latest measurements for the current (or last) check. */
  stats: AudioCheckStats | null;
  /** What `getStats()` says, polled every second while a check runs. */
  browser: BrowserAudioStats | null;
  peerState: RTCPeerConnectionState | null;
  /** The echo to play. */
  remote: MediaStream | null;
  start(): void;
  stop(): void;
}

const POLL_MS = 1000;

export function useAudioCheck(ws: WsClient): AudioCheckState {
  const [phase, setPhase] = useState<AudioCheckPhase>('idle');
  const [failure, setFailure] = useState<AudioCheckFailure | null>(null);
  const [stats, setStats] = useState<AudioCheckStats | null>(null);
  const [browser, setBrowser] = useState<BrowserAudioStats | null>(null);
  const [peerState, setPeerState] = useState<RTCPeerConnectionState | null>(null);
  const [remote, setRemote] = useState<MediaStream | null>(null);
  const legRef = useRef<AudioCheckLeg | null>(null);

  /** Stops the current leg (if any) and goes back to idle, with an explanation when it failed. */
  const end = (why: AudioCheckFailure | null) => {
    const leg = legRef.current;
    legRef.current = null;
    leg?.stop();
    setPhase('idle');
    setRemote(null);
    setPeerState((s) => (s === null || s === 'failed' ? s : 'closed'));
    if (why) setFailure(why);
  };

  const start = () => {
    if (legRef.current) return;
    setFailure(null);
    setStats(null);
    setBrowser(null);
    setPeerState(null);
    const deps = browserMediaDeps();
    if (!deps) {
      setFailure('unsupported');
      return;
    }
    const leg: AudioCheckLeg = new AudioCheckLeg(ws, deps, {
      onRemoteStream: (stream) => {
        if (legRef.current === leg) setRemote(stream);
      },
      onPeerState: (state) => {
        if (legRef.current !== leg) return;
        setPeerState(state);
        if (state === 'failed') end('failed');
      },
    });
    legRef.current = leg;
    setPhase('starting');
    leg.start().then(
      () => {
        if (legRef.current === leg) setPhase('running');
      },
      (err: unknown) => {
        if (legRef.current === leg) end(err instanceof AudioCheckError ? err.failure : 'generic');
      },
    );
  };

  useWsEvent(ws, 'diag.audio.stats', (s) => {
    if (!legRef.current) return;
    setStats(s);
    if (s.state === 'failed') end('failed');
  });

  // The server releases the leg when the socket drops, so the check is over.
  const connection = useConnectionState(ws);
  useEffect(() => {
    if (connection !== 'open' && legRef.current) end('disconnected');
  }, [connection]);

  const active = phase !== 'idle';
  useEffect(() => {
    if (!active) return;
    let previous: BrowserAudioStats | null = null;
    const timer = setInterval(() => {
      const leg = legRef.current;
      if (!leg) return;
      leg.stats().then(
        (report) => {
          if (!report || legRef.current !== leg) return;
          previous = readBrowserStats(report.values(), previous);
          setBrowser(previous);
        },
        () => {
          // closed meanwhile
        },
      );
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [active]);

  // Leaving the page (or unmounting) ends the check.
  useEffect(() => {
    const onHide = () => end(null);
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      legRef.current?.stop();
      legRef.current = null;
    };
  }, []);

  return { phase, failure, stats, browser, peerState, remote, start, stop: () => end(null) };
}
