/** What the softphone's Video tab and the workspace's video stage show (VE-01 – VE-08). Pure. */
import { isLive, type VideoEndReason, type VideoView } from './videoView';

/** Why this tab's leg closed; shown on the stage until dismissed or a new video starts. */
export type VideoNotice =
  | { kind: 'ended'; reason: VideoEndReason | null }
  /** Another communicator took the room over (VE-08: the transferring side). */
  | { kind: 'customerLeft' }
  | { kind: 'disconnected' }
  /** The media connection failed; the room may still be open to join again. */
  | { kind: 'failed' };

/** After a transfer: go into the room the customer is in, or send a new link. */
export type TransferChoice = 'join' | 'new';

export type VideoPanel =
  | { kind: 'noCall' }
  /** `video.status` not answered yet for this call. */
  | { kind: 'loading' }
  /** The SMS form: number, camera on/off, "Share and start". */
  | { kind: 'form' }
  /** Someone else's live room on this call (we were transferred the call). */
  | { kind: 'transfer'; room: VideoView; form: boolean }
  /** This account's live room, open in no leg of this tab (e.g. after a reload). */
  | { kind: 'rejoin'; room: VideoView }
  | { kind: 'waiting'; room: VideoView }
  | { kind: 'inRoom'; room: VideoView };

export interface PanelInput {
  /** The active call's id, or null without one. */
  callId: string | null;
  /** The call whose `video.status` has been answered. */
  statusFor: string | null;
  /** The room this tab knows of. */
  room: VideoView | null;
  /** This tab has a leg in `room`. */
  inRoom: boolean;
  choice: TransferChoice;
}

export function videoPanel({ callId, statusFor, room, inRoom, choice }: PanelInput): VideoPanel {
  if (inRoom && isLive(room)) return room.state === 'WAITING' ? { kind: 'waiting', room } : { kind: 'inRoom', room };
  if (callId === null) return { kind: 'noCall' };
  if (statusFor !== callId) return { kind: 'loading' };
  if (isLive(room) && room.callId === callId) {
    return room.mine ? { kind: 'rejoin', room } : { kind: 'transfer', room, form: choice === 'new' };
  }
  return { kind: 'form' };
}

/** The stage shows the room once the customer came (VE-03), and after it what happened and the saved files. */
export function stageShown(inRoom: boolean, room: VideoView | null, notice: VideoNotice | null, files: number): 'room' | 'after' | null {
  if (inRoom && room?.state === 'ACTIVE') return 'room';
  if (inRoom) return null;
  return notice || files > 0 ? 'after' : null;
}

/** What a `video.room` event means for a tab with (or without) a leg in that room. */
export type RoomChange = 'update' | 'ended' | 'takenOver' | 'ignore';

export function roomChange(known: VideoView | null, inRoom: boolean, next: VideoView): RoomChange {
  const same = known !== null && known.videoId === next.videoId;
  // Another room of this account (another tab's) says nothing about the one this tab is in.
  if (inRoom && !same) return 'ignore';
  if (!inRoom) return same || next.state !== 'ENDED' ? 'update' : 'ignore';
  if (next.state === 'ENDED') return 'ended';
  return next.mine ? 'update' : 'takenOver';
}
