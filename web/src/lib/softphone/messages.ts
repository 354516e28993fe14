/** What the softphone tells the user about a refused command or an ended call. Pure. */
import type { MessageKey } from '../../i18n/en';
import type { EndCause } from '../types';
import { WsError } from '../ws';

export interface Notice {
  key: MessageKey;
  /** `alert` for something that went wrong, `info` for a plain fact. */
  tone: 'alert' | 'info';
}

const END_NOTICES: Partial<Record<EndCause, Notice>> = {
  BUSY: { key: 'phoneEndBusy', tone: 'alert' },
  NO_ANSWER: { key: 'phoneEndNoAnswer', tone: 'alert' },
  UNAVAILABLE: { key: 'phoneEndUnavailable', tone: 'alert' },
  LINE_LOST: { key: 'phoneEndLineLost', tone: 'alert' },
  ANSWERED_ELSEWHERE: { key: 'phoneEndAnsweredElsewhere', tone: 'info' },
  MISSED: { key: 'phoneEndMissed', tone: 'info' },
  // The call left this line as asked: plain facts.
  TRANSFERRED: { key: 'phoneEndTransferred', tone: 'info' },
  // Ends the parked call's view on the line that parked it: someone dialled the park number.
  PARKED: { key: 'phoneEndParkPickedUp', tone: 'info' },
  // The caller was lost: the user should know.
  PARK_TIMEOUT: { key: 'phoneEndParkTimeout', tone: 'alert' },
  TRANSFER_FAILED: { key: 'phoneEndTransferFailed', tone: 'alert' },
  // `*8` or a park number that found nothing: the same words as when `phone.dial` refuses them.
  NOTHING_TO_PICK_UP: { key: 'phoneErrNothingToPickUp', tone: 'alert' },
  PARK_SLOT_EMPTY: { key: 'phoneErrParkSlotEmpty', tone: 'alert' },
};

/** Why the call ended, when that is worth saying (a plain hang-up is not). */
export function endCauseNotice(cause: EndCause | null): Notice | null {
  return cause ? (END_NOTICES[cause] ?? null) : null;
}

const DIAL_REFUSALS: Record<string, MessageKey> = {
  invalidNumber: 'phoneErrInvalidNumber',
  // The dev phone dialling a number nobody has (an extension, an unused company number).
  notInService: 'phoneErrNotInService',
  notAvailable: 'phoneErrNotAvailable',
  lineBusy: 'phoneErrLineBusy',
  notConnected: 'phoneErrNotConnected',
  nothingToPickUp: 'phoneErrNothingToPickUp',
  parkSlotEmpty: 'phoneErrParkSlotEmpty',
  ownNumber: 'phoneErrOwnNumber',
};

/** The message for a failed call command; `phone.dial` refusals carry their reason as the error message. */
export function commandErrorKey(err: unknown): MessageKey {
  if (!(err instanceof WsError)) return 'phoneErrAction';
  switch (err.code) {
    case 'invalidPayload':
      return DIAL_REFUSALS[err.message] ?? 'phoneErrAction';
    case 'notConnected':
    case 'disconnected':
      return 'phoneErrNotConnected';
    case 'timeout':
      return 'phoneErrTimeout';
    case 'forbidden':
      return 'errorForbidden';
    default:
      return 'phoneErrAction';
  }
}
