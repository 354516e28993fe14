/** The customer's page at work: its socket, the state machine, the camera and the room leg. */
import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { browserMediaDeps } from '../../lib/audioCheck';
import { camerasPresent } from '../../lib/video/camera';
import { customerSocket, type CustomerSocket } from '../../lib/video/customerSocket';
import { customerStep, holdsLeg, INITIAL, joinFailure, type CustomerState } from '../../lib/video/customerVideo';
import { RoomLeg, type RemoteVideo, type RoomSignalling } from '../../lib/video/roomLeg';
import { WsError } from '../../lib/ws';

export interface CustomerVideo {
  state: CustomerState;
  remote: RemoteVideo[];
  /** The sections that carry the communicator's screen share (the others, its camera). */
  screens: string[];
  camera: MediaStream | null;
  /** Whether the phone has another camera to switch to (front and back). */
  canSwitch: boolean;
  switchCamera(): void;
  start(): void;
  end(): void;
}

type Facing = 'environment' | 'user';

/** The back camera first: the customer shows the communicator something, not a face. */
const facing = (side: Facing): MediaTrackConstraints => ({ facingMode: { ideal: side } });
const CAMERA = facing('environment');

const CHECK_RETRY_MS = 3000;

function signalling(ws: CustomerSocket, token: string): RoomSignalling {
  // No leave: closing the page is not ending the video; only "End video" ends it.
  return {
    join: (sdp) => ws.request('video.join', { token, sdp }),
    offer: (sdp) => ws.request('video.offer', { sdp }),
  };
}

export function useCustomerVideo(token: string): CustomerVideo {
  const ws = useMemo(customerSocket, []);
  const [state, dispatch] = useReducer(customerStep, INITIAL);
  const [remote, setRemote] = useState<RemoteVideo[]>([]);
  const [screens, setScreens] = useState<string[]>([]);
  const [camera, setCamera] = useState<MediaStream | null>(null);
  const [side, setSide] = useState<Facing>('environment');
  const [canSwitch, setCanSwitch] = useState(false);
  const [checkAttempt, setCheckAttempt] = useState(0);
  const legRef = useRef<RoomLeg | null>(null);
  const endingRef = useRef(false);

  useEffect(() => {
    const offState = ws.onState((s) => dispatch({ type: s === 'open' ? 'open' : 'closed' }));
    const offSources = ws.on('video.sources', (s) => {
      setScreens(Array.isArray(s.screens) ? s.screens.filter((m): m is string => typeof m === 'string') : []);
      legRef.current?.sources(s.sources);
    });
    const offEnded = ws.on('video.ended', (e) => dispatch({ type: 'ended', reason: typeof e.reason === 'string' ? e.reason : null }));
    ws.start();
    const onHide = () => {
      legRef.current?.leave();
      ws.stop();
    };
    // Back from the browser's page cache the socket and camera are gone: start afresh.
    const onShow = (e: PageTransitionEvent) => {
      if (e.persisted) location.reload();
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('pageshow', onShow);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('pageshow', onShow);
      offState();
      offSources();
      offEnded();
      legRef.current?.leave();
      ws.stop();
    };
  }, [ws]);

  const phase = state.phase;

  useEffect(() => {
    if (phase !== 'checking') return;
    let current = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    ws.request('video.check', { token }).then(
      (r) => {
        if (current) dispatch({ type: 'checked', valid: r.valid === true });
      },
      (err: unknown) => {
        if (!current) return;
        if (err instanceof WsError && err.code === 'invalidPayload') dispatch({ type: 'checked', valid: false });
        // A dropped socket checks again when it is back; a lost answer, after a pause.
        else retry = setTimeout(() => setCheckAttempt((n) => n + 1), CHECK_RETRY_MS);
      },
    );
    return () => {
      current = false;
      clearTimeout(retry);
    };
  }, [phase, checkAttempt]);

  useEffect(() => {
    if (phase !== 'starting') return;
    const deps = browserMediaDeps();
    if (!deps) {
      dispatch({ type: 'cameraFailed', problem: 'unsupported' });
      return;
    }
    const leg: RoomLeg = new RoomLeg(
      signalling(ws, token),
      deps,
      {
        onRemoteTracks: (tracks) => {
          if (legRef.current === leg) setRemote(tracks);
        },
        onPeerState: (s) => {
          if (legRef.current === leg && s === 'failed') dispatch({ type: 'mediaFailed' });
        },
      },
      { camera: CAMERA },
    );
    legRef.current = leg;
    leg.join().then(
      () => {
        if (legRef.current !== leg) return;
        setCamera(leg.cameraStream);
        dispatch({ type: 'joined' });
        // Known once the camera is allowed: before that, browsers hide how many there are.
        void camerasPresent().then((n) => legRef.current === leg && setCanSwitch(n > 1));
      },
      (err: unknown) => {
        if (legRef.current !== leg) return;
        dispatch(joinFailure(err));
      },
    );
  }, [phase]);

  // Out of the room (ended, refused, dropped): camera off and connection closed.
  const holding = holdsLeg(state);
  useEffect(() => {
    if (holding) return;
    legRef.current?.leave();
    legRef.current = null;
    setRemote([]);
    setCamera(null);
  }, [holding]);

  // A dead link or an ended call has nothing more to say: the socket closes (no reconnecting).
  const final = phase === 'invalid' || phase === 'ended';
  useEffect(() => {
    if (final && !endingRef.current) ws.stop();
  }, [final]);

  const end = () => {
    endingRef.current = true;
    ws.request('video.end', undefined)
      .catch(() => {
        // the page ends its side anyway; the communicator still sees the customer leave
      })
      .finally(() => ws.stop());
    dispatch({ type: 'endPressed' });
  };

  const switchCamera = () => {
    const leg = legRef.current;
    if (!leg) return;
    const next: Facing = side === 'environment' ? 'user' : 'environment';
    leg.switchCamera(facing(next), facing(side)).then(
      () => {
        if (legRef.current !== leg) return;
        setSide(next);
        setCamera(leg.cameraStream);
      },
      () => {
        // the other camera could not be opened: the old one is back
        if (legRef.current === leg) setCamera(leg.cameraStream);
      },
    );
  };

  return { state, remote, screens, camera, canSwitch, switchCamera, start: () => dispatch({ type: 'start' }), end };
}
