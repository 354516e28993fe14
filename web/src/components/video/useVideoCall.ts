/**
 * The workspace's video escalation of the current phone call (VE-01 – VE-09, docs/protocol.md
 * "Video escalation"): the room this tab knows, its media leg, camera, screen share and files.
 * It lives in the workspace, not in the Video tab, so switching tabs keeps the room.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n/en';
import { browserMediaDeps } from '../../lib/audioCheck';
import { useConnectionState, useOnReconnect, useWsEvent } from '../../lib/connection';
import { isActive } from '../../lib/softphone/callStatus';
import type { CallView } from '../../lib/types';
import { cameraPresent } from '../../lib/video/camera';
import { videoProblem, type VideoProblem } from '../../lib/video/commandProblem';
import { CameraError, RoomError, RoomLeg, type RemoteVideo, type RoomSignalling } from '../../lib/video/roomLeg';
import { roomChange, stageShown, videoPanel, type TransferChoice, type VideoNotice, type VideoPanel } from '../../lib/video/videoPanel';
import type { VideoView } from '../../lib/video/videoView';
import type { WsClient } from '../../lib/ws';
import { useVideoFiles, type VideoFiles } from './useVideoFiles';

export interface VideoCall {
  panel: VideoPanel;
  stage: 'room' | 'after' | null;
  room: VideoView | null;
  notice: VideoNotice | null;
  busy: boolean;
  problem: VideoProblem | null;
  /** A passing fact or a side problem (link resent, camera or screen unusable). */
  info: MessageKey | null;
  choice: TransferChoice;
  cameraAvailable: boolean;
  cameraStream: MediaStream | null;
  /** The customer's camera (the first stream received), if it arrived. */
  customer: MediaStreamTrack | null;
  sharing: boolean;
  files: VideoFiles;
  refresh(): void;
  setChoice(choice: TransferChoice): void;
  start(to: string, camera: boolean): void;
  join(): void;
  end(): void;
  resend(): void;
  setCamera(on: boolean): void;
  share(): void;
  stopSharing(): void;
  dismiss(): void;
}

/** `video.*` on `/ws` for one room; the communicator's socket has no leave: ending or a takeover does it. */
function signalling(ws: WsClient, videoId: string): RoomSignalling {
  return {
    join: (sdp) => ws.request('video.join', { videoId, sdp }),
    offer: (sdp) => ws.request('video.offer', { sdp }),
  };
}

export function useVideoCall(ws: WsClient, call: CallView | null, login: string): VideoCall {
  const callId = isActive(call) ? call.callId : null;
  const [room, setRoom] = useState<VideoView | null>(null);
  const [statusFor, setStatusFor] = useState<string | null>(null);
  const [inRoom, setInRoom] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<VideoProblem | null>(null);
  const [info, setInfo] = useState<MessageKey | null>(null);
  const [notice, setNotice] = useState<VideoNotice | null>(null);
  const [choice, setChoice] = useState<TransferChoice>('join');
  const [cameraAvailable, setCameraAvailable] = useState(false);
  const [cameraStream, setCameraStream] = useState<MediaStream | null>(null);
  const [remote, setRemote] = useState<RemoteVideo[]>([]);
  const [sharing, setSharing] = useState(false);
  const files = useVideoFiles(ws, login);
  const legRef = useRef<RoomLeg | null>(null);
  const pickingRef = useRef(false);
  const roomRef = useRef(room);
  roomRef.current = room;
  const callIdRef = useRef(callId);
  callIdRef.current = callId;

  const closeLeg = (why: VideoNotice | null) => {
    const leg = legRef.current;
    if (!leg) return;
    legRef.current = null;
    // What was recorded so far is saved before the pictures go.
    files.stopRecording();
    leg.leave();
    setInRoom(false);
    setRemote([]);
    setCameraStream(null);
    setSharing(false);
    setNotice(why);
  };

  const refresh = () => {
    const id = callIdRef.current;
    if (!id) return;
    ws.request('video.status', { callId: id }).then(
      ({ video }) => {
        if (callIdRef.current !== id) return;
        if (!legRef.current) setRoom(video);
        setStatusFor(id);
      },
      () => {
        // no answer: offer the form; starting will tell what is wrong
        if (callIdRef.current === id) setStatusFor(id);
      },
    );
  };

  const openLeg = async (view: VideoView, camera: boolean): Promise<void> => {
    const deps = browserMediaDeps();
    if (!deps) throw new RoomError('unsupported');
    const attempt = async (withCamera: boolean) => {
      const leg: RoomLeg = new RoomLeg(
        signalling(ws, view.videoId),
        deps,
        {
          onRemoteTracks: (tracks) => {
            if (legRef.current === leg) setRemote(tracks);
          },
          onPeerState: (state) => {
            if (legRef.current === leg && state === 'failed') closeLeg({ kind: 'failed' });
          },
        },
        { camera: withCamera },
      );
      legRef.current = leg;
      setInRoom(true);
      try {
        await leg.join();
      } catch (err) {
        if (legRef.current === leg) {
          legRef.current = null;
          setInRoom(false);
        }
        throw err;
      }
      if (legRef.current === leg) setCameraStream(leg.cameraStream);
    };
    try {
      await attempt(camera);
    } catch (err) {
      // Without a usable camera the communicator still sees the customer (VE-02: camera forced off).
      if (!camera || !(err instanceof CameraError)) throw err;
      setInfo('veErrCamera');
      await attempt(false);
    }
  };

  const run = (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    setInfo(null);
    work()
      .catch((err: unknown) => setProblem(videoProblem(err)))
      .finally(() => setBusy(false));
  };

  const start = (to: string, camera: boolean) => {
    const id = callIdRef.current;
    if (!id) return;
    if (!to.trim()) {
      setProblem({ to: 'required' });
      return;
    }
    run(async () => {
      const view = await ws.request('video.start', { callId: id, to: to.trim() });
      setNotice(null);
      setRoom(view);
      setChoice('join');
      await openLeg(view, camera && cameraAvailable);
    });
  };

  const join = () => {
    const view = roomRef.current;
    if (!view) return;
    run(async () => {
      setNotice(null);
      await openLeg(view, false);
      // The server moved the room to this account; its `video.room` may come later.
      setRoom((r) => (r && r.videoId === view.videoId ? { ...r, mine: true } : r));
    });
  };

  const end = () => {
    const view = roomRef.current;
    if (!view) return;
    run(async () => {
      const ended = await ws.request('video.end', { videoId: view.videoId });
      setRoom(ended);
      if (legRef.current) closeLeg({ kind: 'ended', reason: ended.endReason ?? 'agentEnded' });
    });
  };

  const resend = () => {
    const view = roomRef.current;
    if (!view) return;
    run(async () => {
      setRoom(await ws.request('video.resend', { videoId: view.videoId }));
      setInfo('veResent');
    });
  };

  const setCamera = (on: boolean) => {
    const leg = legRef.current;
    if (!leg) return;
    setInfo(null);
    leg.setCamera(on).then(
      () => {
        if (legRef.current === leg) setCameraStream(leg.cameraStream);
      },
      () => {
        if (legRef.current === leg) setInfo('veErrCamera');
      },
    );
  };

  const stopSharing = () => {
    legRef.current?.stopSharing();
    setSharing(false);
  };

  const share = () => {
    const leg = legRef.current;
    if (!leg || leg.sharing || pickingRef.current) return;
    setInfo(null);
    if (!navigator.mediaDevices?.getDisplayMedia) {
      setInfo('veErrShare');
      return;
    }
    pickingRef.current = true;
    // The browser's picker offers a tab, a window or a whole screen.
    navigator.mediaDevices
      .getDisplayMedia({ video: true })
      .then(
        (stream) => {
          const track = stream.getVideoTracks()[0];
          if (!track || legRef.current !== leg) {
            stream.getTracks().forEach((t) => t.stop());
            return;
          }
          // The browser's own "Stop sharing" ends the track.
          track.addEventListener('ended', () => {
            if (legRef.current === leg && leg.sharedTrack === track) stopSharing();
          });
          leg.startSharing(track, stream);
          setSharing(true);
        },
        (err: unknown) => {
          // Closing the picker is a choice, not a problem.
          if ((err as { name?: string } | null)?.name !== 'NotAllowedError') setInfo('veErrShare');
        },
      )
      .finally(() => {
        pickingRef.current = false;
      });
  };

  const dismiss = () => {
    setNotice(null);
    setInfo(null);
    files.clear();
  };

  useWsEvent(ws, 'video.room', (view) => {
    switch (roomChange(roomRef.current, legRef.current !== null, view)) {
      case 'update':
        setRoom(view);
        break;
      case 'ended':
        setRoom(view);
        closeLeg({ kind: 'ended', reason: view.endReason });
        break;
      case 'takenOver':
        setRoom(view);
        closeLeg({ kind: 'customerLeft' });
        break;
      case 'ignore':
        break;
    }
  });
  useWsEvent(ws, 'video.sources', (s) => legRef.current?.sources(s.sources));

  // A new call starts from its own video status, with the default choice.
  useEffect(() => {
    setChoice('join');
    setProblem(null);
    if (!legRef.current) setInfo(null);
    refresh();
  }, [callId]);
  useOnReconnect(ws, refresh);

  const connection = useConnectionState(ws);
  useEffect(() => {
    if (connection !== 'open' && legRef.current) closeLeg({ kind: 'disconnected' });
  }, [connection]);

  useEffect(() => {
    let current = true;
    const check = () =>
      cameraPresent().then((present) => {
        if (current) setCameraAvailable(present);
      });
    void check();
    navigator.mediaDevices?.addEventListener?.('devicechange', check);
    const onHide = () => closeLeg(null);
    window.addEventListener('pagehide', onHide);
    return () => {
      current = false;
      navigator.mediaDevices?.removeEventListener?.('devicechange', check);
      window.removeEventListener('pagehide', onHide);
      legRef.current?.leave();
      legRef.current = null;
    };
  }, []);

  return {
    panel: videoPanel({ callId, statusFor, room, inRoom, choice }),
    stage: stageShown(inRoom, room, notice, files.files.length),
    room,
    notice,
    busy,
    problem,
    info,
    choice,
    cameraAvailable,
    cameraStream,
    customer: remote[0]?.track ?? null,
    sharing,
    files,
    refresh,
    setChoice,
    start,
    join,
    end,
    resend,
    setCamera,
    share,
    stopSharing,
    dismiss,
  };
}
