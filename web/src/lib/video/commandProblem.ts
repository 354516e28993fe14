/** What the Video tab says when the server refuses a `video.*` command (docs/protocol.md). Pure. */
import type { MessageKey } from '../../i18n/en';
import { WsError } from '../ws';
import { RoomError, type RoomFailure } from './roomLeg';

export interface VideoProblem {
  /** An error code for the "SMS number" field, shown under it like a form's field problem. */
  to?: string;
  /** A message for the tab as a whole. */
  key?: MessageKey;
}

/** The codes the server uses for a refused SMS number (as for every SMS). */
const NUMBER_CODES = new Set(['required', 'invalidFormat', 'tooShort', 'tooLong', 'unknownValue']);

const LEG_FAILURES: Partial<Record<RoomFailure, MessageKey>> = {
  unsupported: 'veErrUnsupported',
  notConnected: 'veErrNotConnected',
  disconnected: 'veErrNotConnected',
  failed: 'veErrMedia',
};

export function videoProblem(err: unknown): VideoProblem {
  if (err instanceof RoomError) {
    if (err.cause instanceof WsError) return videoProblem(err.cause);
    return { key: LEG_FAILURES[err.failure] ?? 'veErrGeneric' };
  }
  if (!(err instanceof WsError)) return { key: 'veErrGeneric' };
  if (err.code === 'rateLimited' || err.message === 'rateLimited') return { key: 'veErrRateLimited' };
  if (err.code === 'notConnected' || err.code === 'disconnected' || err.code === 'timeout') return { key: 'veErrNotConnected' };
  if (err.code !== 'invalidPayload') return { key: err.code === 'forbidden' ? 'errorForbidden' : 'veErrGeneric' };
  if (err.message === 'videoActive') return { key: 'veErrVideoActive' };
  const onNumber = err.errors.find((e) => e.field === 'to');
  // Too many messages to the number is the SMS rate limit, whichever way it is told.
  if (onNumber?.code === 'tooMany') return { key: 'veErrRateLimited' };
  if (onNumber) return { to: onNumber.code };
  if (NUMBER_CODES.has(err.message)) return { to: err.message };
  return { key: 'veErrGeneric' };
}
