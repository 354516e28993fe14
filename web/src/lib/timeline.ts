/** How a call's timeline reads (`/api/calls/{id}/timeline`: the PBX's moves and the video call's). Pure. */
import type { MessageKey } from '../i18n/en';
import type { TimelineEntry } from './contact';

const KINDS: Record<string, MessageKey> = {
  DIALED: 'tlDialed',
  RINGING: 'tlRinging',
  ANSWERED: 'tlAnswered',
  HELD: 'tlHeld',
  RESUMED: 'tlResumed',
  MUTED: 'tlMuted',
  UNMUTED: 'tlUnmuted',
  PARKED: 'tlParked',
  RETRIEVED: 'tlRetrieved',
  PARK_RINGBACK: 'tlParkRingback',
  TRANSFER_STARTED: 'tlTransferStarted',
  CONSULTING: 'tlConsulting',
  TRANSFERRED: 'tlTransferred',
  CONFERENCED: 'tlConferenced',
  PICKED_UP: 'tlPickedUp',
  QUEUED: 'tlQueued',
  OVERFLOWED: 'tlOverflowed',
  LEFT: 'tlLeft',
  ENDED: 'tlEnded',
  VIDEO_STARTED: 'tlVideoStarted',
  VIDEO_LINK_RESENT: 'tlVideoLinkResent',
  VIDEO_CUSTOMER_JOINED: 'tlVideoCustomerJoined',
  VIDEO_TAKEN_OVER: 'tlVideoTakenOver',
  VIDEO_CAPTURE: 'tlVideoCapture',
  VIDEO_RECORDING: 'tlVideoRecording',
  VIDEO_ENDED: 'tlVideoEnded',
};

const VIDEO_END_REASONS: Record<string, MessageKey> = {
  agentEnded: 'tlVideoByAgent',
  customerEnded: 'tlVideoByCustomer',
  callEnded: 'tlVideoByCall',
  timeLimit: 'tlVideoByTimeLimit',
  replaced: 'tlVideoReplaced',
};

/** Ringing and answering say what the ringing was for; a plain call says nothing more. */
const RINGS = new Set(['RINGING', 'ANSWERED']);
const PURPOSES: Record<string, MessageKey> = {
  CONSULT: 'tlForConsult',
  PARK_RINGBACK: 'tlForParkRingback',
  QUEUE: 'tlForQueue',
  BLIND: 'tlForBlind',
};

/** One line of the timeline: who, what (a message key, or the raw kind of a newer server), and the detail. */
export interface TimelineLine {
  seq: number;
  at: string;
  who: string;
  what: { key: MessageKey } | { raw: string };
  detail: { key: MessageKey } | { raw: string } | null;
}

export function timelineLine(entry: TimelineEntry): TimelineLine {
  const kind = KINDS[entry.kind];
  const who = [entry.number, entry.name && entry.name !== entry.number ? entry.name : null].filter(Boolean).join(' ');
  let detail: TimelineLine['detail'] = null;
  if (entry.detail && !(entry.detail === 'CALL' && RINGS.has(entry.kind))) {
    const coded = entry.kind === 'VIDEO_ENDED' ? VIDEO_END_REASONS[entry.detail] : RINGS.has(entry.kind) ? PURPOSES[entry.detail] : undefined;
    detail = coded ? { key: coded } : { raw: entry.detail };
  }
  return { seq: entry.seq, at: entry.at, who, what: kind ? { key: kind } : { raw: entry.kind }, detail };
}
