/** Display text for the contract's enum values and error codes. */
import type { MessageKey } from './en';
import type { Translate } from './index';
import type { AudioCheckFailure } from '../lib/audioCheck';
import type { GuidanceLanguage } from '../lib/pbx';
import type { Role, ScreenAfterSignIn, Status } from '../lib/types';

export function statusLabel(t: Translate, s: Status): string {
  return t(`status${s}`);
}

export function roleLabel(t: Translate, r: Role): string {
  return t(`role${r}`);
}

export function screenLabel(t: Translate, s: ScreenAfterSignIn): string {
  return t(`screen${s}`);
}

export function guidanceLabel(t: Translate, l: GuidanceLanguage): string {
  return t(`guidance${l}`);
}

const ERROR_KEYS: Record<string, MessageKey> = {
  required: 'errRequired',
  tooShort: 'errTooShort',
  tooLong: 'errTooLong',
  invalidFormat: 'errInvalidFormat',
  duplicate: 'errDuplicate',
  unknownValue: 'errUnknownValue',
  selfChange: 'errSelfChange',
  lastAdmin: 'errLastAdmin',
  notFound: 'errNotFound',
  wrong: 'errWrong',
  outOfRange: 'errOutOfRange',
  beforeFirst: 'errBeforeFirst',
  tooMany: 'errTooMany',
  includesExtension: 'errIncludesExtension',
  parkSlot: 'errParkSlot',
  unknownExtension: 'errUnknownExtension',
  inOtherGroup: 'errInOtherGroup',
  overflowCycle: 'errOverflowCycle',
  inUse: 'errInUse',
  forbidden: 'errorForbidden',
  generic: 'errorGeneric',
};

/** The message for a problem's error code; unknown codes get a generic text. */
export function errorMessage(t: Translate, code: string): string {
  const key = ERROR_KEYS[code];
  return key ? t(key) : t('errInvalid');
}

const AUDIO_FAILURE_KEYS: Record<AudioCheckFailure, MessageKey> = {
  micDenied: 'audioErrMicDenied',
  micMissing: 'audioErrMicMissing',
  micBusy: 'audioErrMicBusy',
  unsupported: 'audioErrUnsupported',
  notConnected: 'audioErrNotConnected',
  disconnected: 'audioErrDisconnected',
  timeout: 'audioErrTimeout',
  rejected: 'audioErrRejected',
  failed: 'audioErrFailed',
  generic: 'errorGeneric',
};

/** Why the audio check could not start or stopped, for the user. */
export function audioFailureMessage(t: Translate, failure: AudioCheckFailure): string {
  return t(AUDIO_FAILURE_KEYS[failure]);
}

const PEER_STATE_KEYS: Record<RTCPeerConnectionState, MessageKey> = {
  new: 'peerNew',
  connecting: 'peerConnecting',
  connected: 'peerConnected',
  disconnected: 'peerDisconnected',
  failed: 'peerFailed',
  closed: 'peerClosed',
};

/** The state of a WebRTC peer connection. */
export function peerStateLabel(t: Translate, state: RTCPeerConnectionState): string {
  return t(PEER_STATE_KEYS[state]);
}
