/** A video room as one communicator sees it (docs/protocol.md, "Video escalation": `VideoView`). */
export type VideoState = 'WAITING' | 'ACTIVE' | 'ENDED';

export type VideoEndReason = 'agentEnded' | 'customerEnded' | 'callEnded' | 'timeLimit' | 'replaced';

export type VideoFileKind = 'capture' | 'recording';

export interface VideoView {
  videoId: string;
  callId: string;
  state: VideoState;
  /** The number the link went to. */
  to: string;
  /** Whether the customer's page is in the room now. */
  customerPresent: boolean;
  /** Whether this account owns the room (started it or took it over). */
  mine: boolean;
  ownerExtension: string | null;
  startedAt: string;
  endsAt: string;
  endReason: VideoEndReason | null;
  /** How the latest SMS with the link went (`SENT`, `DELIVERED`, `FAILED`…), and why it failed. */
  smsStatus?: string | null;
  smsReason?: string | null;
}

/** Whether the latest SMS with the link did not go out (a landline, the provider refused it). */
export function smsFailed(view: VideoView): boolean {
  return view.smsStatus === 'FAILED';
}

/** A room that can still be joined (the link still opens it). */
export function isLive(view: VideoView | null): view is VideoView {
  return view !== null && view.state !== 'ENDED';
}
