import { describe, expect, it } from 'vitest';
import { WsError } from '../ws';
import { videoProblem } from './commandProblem';
import { RoomError } from './roomLeg';

describe('videoProblem', () => {
  it('puts the server’s problems with the number under the field', () => {
    expect(videoProblem(new WsError('invalidPayload', 'bad', [{ field: 'to', code: 'invalidFormat' }]))).toEqual({ to: 'invalidFormat' });
    expect(videoProblem(new WsError('invalidPayload', 'required'))).toEqual({ to: 'required' });
  });

  it('says when the number got too many messages', () => {
    expect(videoProblem(new WsError('rateLimited', 'Too many'))).toEqual({ key: 'veErrRateLimited' });
    expect(videoProblem(new WsError('invalidPayload', 'x', [{ field: 'to', code: 'tooMany' }]))).toEqual({ key: 'veErrRateLimited' });
  });

  it('says when this account already has a video call on the call', () => {
    expect(videoProblem(new WsError('invalidPayload', 'videoActive'))).toEqual({ key: 'veErrVideoActive' });
  });

  it('explains a lost connection and anything else generically', () => {
    expect(videoProblem(new WsError('notConnected'))).toEqual({ key: 'veErrNotConnected' });
    expect(videoProblem(new RoomError('rejected', new WsError('timeout')))).toEqual({ key: 'veErrNotConnected' });
    expect(videoProblem(new RoomError('unsupported'))).toEqual({ key: 'veErrUnsupported' });
    expect(videoProblem(new WsError('invalidPayload', 'The offer cannot be answered'))).toEqual({ key: 'veErrGeneric' });
    expect(videoProblem(new Error('?'))).toEqual({ key: 'veErrGeneric' });
  });
});
