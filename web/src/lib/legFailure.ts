/**
 * What went wrong starting a media leg, in the words every leg shares: the browser's device
 * (microphone or camera) refused, or the offer/answer exchange with the server failed. Pure.
 */
import { WsError } from './ws';

/** What getUserMedia's rejection means, whatever the device. */
export type DeviceProblem = 'denied' | 'missing' | 'busy' | 'unsupported' | 'generic';

export function deviceProblem(err: unknown): DeviceProblem {
  const name = typeof err === 'object' && err !== null ? (err as { name?: unknown }).name : undefined;
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'missing';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    case 'TypeError':
      return 'unsupported';
    default:
      return 'generic';
  }
}

export type ExchangeProblem = 'notConnected' | 'disconnected' | 'timeout' | 'rejected' | 'generic';

/** What a failed offer/answer exchange means: the socket's state, the server's refusal, or the browser refusing the answer. */
export function exchangeProblem(err: unknown): ExchangeProblem {
  if (err instanceof WsError) {
    switch (err.code) {
      case 'notConnected':
      case 'disconnected':
      case 'timeout':
        return err.code;
      case 'invalidPayload':
        return 'rejected';
      default:
        return 'generic';
    }
  }
  return 'rejected';
}

/** What every leg may fail with besides its device: the exchange, no WebRTC at all, the connection failing. */
export type LegFailure = ExchangeProblem | 'unsupported' | 'failed';

/** A leg's failure with its reason; each leg names its own failures (its device's words first). */
export class LegError<F extends string> extends Error {
  readonly failure: F;
  constructor(name: string, failure: F, cause?: unknown) {
    super(failure, { cause });
    this.name = name;
    this.failure = failure;
  }
}
