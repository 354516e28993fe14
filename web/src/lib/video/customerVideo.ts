/**
 * The customer's page `/v/{token}` (docs/protocol.md, "Customer page"): what it shows, as a state
 * machine driven by the socket, the camera and the room. Pure; the page does the side effects.
 */
import { WsError } from '../ws';
import { CameraError, type RoomFailure } from './roomLeg';

/** Why the camera could not be used; each has its own help. */
export type CameraProblem = 'denied' | 'missing' | 'unsupported';

export type CustomerState =
  /** The socket is not open yet (or again, after a drop: `lost`). */
  | { phase: 'connecting'; lost: boolean }
  /** `video.check` asked. */
  | { phase: 'checking'; lost: boolean }
  | { phase: 'invalid' }
  /** The explanation and "Start video"; after a drop or failure, also what went wrong. */
  | { phase: 'ready'; problem: 'lost' | 'failed' | null }
  /** Camera asked for, then `video.join`. */
  | { phase: 'starting' }
  | { phase: 'camera'; problem: CameraProblem }
  | { phase: 'inRoom' }
  /** Final: `video.ended` came or the customer pressed "End video". */
  | { phase: 'ended'; reason: string | null };

export type CustomerEvent =
  | { type: 'open' }
  | { type: 'closed' }
  | { type: 'checked'; valid: boolean }
  | { type: 'start' }
  | { type: 'cameraFailed'; problem: CameraProblem }
  | { type: 'joined' }
  /** `video.join` refused the link (`videoLinkInvalid`). */
  | { type: 'refused' }
  | { type: 'joinFailed' }
  /** The media connection failed in the room. */
  | { type: 'mediaFailed' }
  | { type: 'ended'; reason: string | null }
  | { type: 'endPressed' };

export const INITIAL: CustomerState = { phase: 'connecting', lost: false };

export function customerStep(state: CustomerState, event: CustomerEvent): CustomerState {
  if (state.phase === 'ended' || state.phase === 'invalid') return state;
  switch (event.type) {
    case 'ended':
      return { phase: 'ended', reason: event.reason };
    case 'closed': {
      const wasLost = (state.phase === 'connecting' || state.phase === 'checking') && state.lost;
      return { phase: 'connecting', lost: wasLost || holdsLeg(state) };
    }
    case 'open':
      return state.phase === 'connecting' ? { phase: 'checking', lost: state.lost } : state;
    case 'checked':
      if (state.phase !== 'checking') return state;
      return event.valid ? { phase: 'ready', problem: state.lost ? 'lost' : null } : { phase: 'invalid' };
    case 'start':
      return state.phase === 'ready' || state.phase === 'camera' ? { phase: 'starting' } : state;
    case 'cameraFailed':
      return state.phase === 'starting' ? { phase: 'camera', problem: event.problem } : state;
    case 'joined':
      return state.phase === 'starting' ? { phase: 'inRoom' } : state;
    case 'refused':
      return state.phase === 'starting' ? { phase: 'invalid' } : state;
    case 'joinFailed':
      return state.phase === 'starting' ? { phase: 'ready', problem: 'failed' } : state;
    case 'mediaFailed':
      return state.phase === 'inRoom' ? { phase: 'ready', problem: 'failed' } : state;
    case 'endPressed':
      return state.phase === 'inRoom' ? { phase: 'ended', reason: null } : state;
  }
}

/** Whether the page holds a leg (camera and connection) in this state. */
export function holdsLeg(state: CustomerState): boolean {
  return state.phase === 'starting' || state.phase === 'inRoom';
}

/** The received videos by role: the sections the server says carry a screen share (`video.sources` `screens`), and the communicator's camera. */
export function communicatorVideos<T extends { mid: string }>(
  tracks: T[],
  screens: readonly string[],
): { communicator: T | null; screen: T | null } {
  return {
    communicator: tracks.find((t) => !screens.includes(t.mid)) ?? null,
    screen: tracks.find((t) => screens.includes(t.mid)) ?? null,
  };
}

function cameraProblem(failure: RoomFailure): CameraProblem {
  if (failure === 'cameraDenied') return 'denied';
  return failure === 'unsupported' ? 'unsupported' : 'missing';
}

/** What a failed start means: the camera, a link the server refused (`videoLinkInvalid`), or anything else. */
export function joinFailure(err: unknown): CustomerEvent {
  if (err instanceof CameraError) return { type: 'cameraFailed', problem: cameraProblem(err.failure) };
  const cause = err instanceof Error && err.cause instanceof WsError ? err.cause : err;
  const refused = cause instanceof WsError && cause.code === 'invalidPayload' && cause.message === 'videoLinkInvalid';
  return { type: refused ? 'refused' : 'joinFailed' };
}
