/** The state of the video check page: one leg at a time, the remote streams, and what getStats says of them. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useConnectionState, useWsEvent } from '../../lib/connection';
import { browserMediaDeps } from '../../lib/audioCheck';
import type { VideoCheckStats } from '../../lib/types';
import type { RoomLeg } from '../../lib/video/roomLeg';
import {
  readVideoStats,
  testPattern,
  VideoCheckError,
  videoCheckLeg,
  type ReceivedVideo,
  type VideoCheckFailure,
} from '../../lib/videoCheck';
import type { WsClient } from '../../lib/ws';

export type VideoCheckPhase = 'idle' | 'joining' | 'joined';

export interface VideoCheckState {
  phase: VideoCheckPhase;
  room: string | null;
  failure: VideoCheckFailure | null;
  camera: MediaStream | null;
  remote: { mid: string; track: MediaStreamTrack }[];
  received: ReceivedVideo[];
  server: VideoCheckStats | null;
  sharing: boolean;
  /** The screen could not be shared, so a test pattern is sent instead. */
  sharingPattern: boolean;
  join(room: string): void;
  leave(): void;
  share(): void;
  stopSharing(): void;
}

const POLL_MS = 1000;

export function useVideoCheck(ws: WsClient): VideoCheckState {
  const [phase, setPhase] = useState<VideoCheckPhase>('idle');
  const [room, setRoom] = useState<string | null>(null);
  const [failure, setFailure] = useState<VideoCheckFailure | null>(null);
  const [camera, setCamera] = useState<MediaStream | null>(null);
  const [remote, setRemote] = useState<{ mid: string; track: MediaStreamTrack }[]>([]);
  const [received, setReceived] = useState<ReceivedVideo[]>([]);
  const [server, setServer] = useState<VideoCheckStats | null>(null);
  const [sharing, setSharing] = useState(false);
  const [sharingPattern, setSharingPattern] = useState(false);
  const legRef = useRef<RoomLeg | null>(null);
  const patternRef = useRef<{ stop(): void } | null>(null);

  const end = (why: VideoCheckFailure | null) => {
    legRef.current?.leave();
    legRef.current = null;
    patternRef.current?.stop();
    patternRef.current = null;
    setPhase('idle');
    setCamera(null);
    setRemote([]);
    setSharing(false);
    setSharingPattern(false);
    if (why) setFailure(why);
  };

  const join = (name: string) => {
    if (legRef.current) return;
    setFailure(null);
    setReceived([]);
    setServer(null);
    const deps = browserMediaDeps();
    if (!deps) {
      setFailure('unsupported');
      return;
    }
    const leg: RoomLeg = videoCheckLeg(ws, name, deps, {
      onRemoteTracks: (tracks) => {
        if (legRef.current === leg) setRemote(tracks);
      },
      onPeerState: (state) => {
        if (legRef.current === leg && state === 'failed') end('failed');
      },
    });
    legRef.current = leg;
    setRoom(name);
    setPhase('joining');
    leg.join().then(
      () => {
        if (legRef.current !== leg) return;
        setCamera(leg.cameraStream);
        setPhase('joined');
      },
      (err: unknown) => {
        if (legRef.current === leg) end(err instanceof VideoCheckError ? err.failure : 'generic');
      },
    );
  };

  const share = () => {
    const leg = legRef.current;
    if (!leg || leg.sharing) return;
    const useStream = (stream: MediaStream, pattern: boolean) => {
      const track = stream.getVideoTracks()[0];
      if (!track || legRef.current !== leg) {
        stream.getTracks().forEach((t) => t.stop());
        return;
      }
      // The browser's own "Stop sharing" ends the track.
      track.onended = () => {
        if (legRef.current === leg) stopSharing();
      };
      leg.startSharing(track, stream);
      setSharing(true);
      setSharingPattern(pattern);
    };
    const fallback = () => {
      const pattern = testPattern();
      patternRef.current = pattern;
      useStream(pattern.stream, true);
    };
    if (navigator.mediaDevices?.getDisplayMedia) {
      navigator.mediaDevices.getDisplayMedia({ video: true }).then((s) => useStream(s, false), fallback);
    } else {
      fallback();
    }
  };

  const stopSharing = () => {
    legRef.current?.stopSharing();
    patternRef.current?.stop();
    patternRef.current = null;
    setSharing(false);
    setSharingPattern(false);
  };

  useWsEvent(ws, 'diag.video.sources', (s) => legRef.current?.sources(s.sources));
  useWsEvent(ws, 'diag.video.stats', (s) => {
    if (!legRef.current) return;
    setServer(s);
    if (s.state === 'failed') end('failed');
  });

  const connection = useConnectionState(ws);
  useEffect(() => {
    if (connection !== 'open' && legRef.current) end('disconnected');
  }, [connection]);

  const active = phase !== 'idle';
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      const leg = legRef.current;
      leg?.stats().then(
        (report) => {
          if (report && legRef.current === leg) setReceived(readVideoStats(report.values()));
        },
        () => {
          // closed meanwhile
        },
      );
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [active]);

  useEffect(() => {
    const onHide = () => end(null);
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      legRef.current?.leave();
      legRef.current = null;
      patternRef.current?.stop();
    };
  }, []);

  return { phase, room, failure, camera, remote, received, server, sharing, sharingPattern, join, leave: () => end(null), share, stopSharing };
}
