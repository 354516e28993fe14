import { describe, expect, it } from 'vitest';
import { deviceProblem, exchangeProblem } from './legFailure';
import { WsError } from './ws';

describe('legFailure', () => {
  it('reads getUserMedia rejections the same for every device', () => {
    expect(deviceProblem(new DOMException('no', 'NotAllowedError'))).toBe('denied');
    expect(deviceProblem(new DOMException('none', 'NotFoundError'))).toBe('missing');
    expect(deviceProblem(new DOMException('busy', 'NotReadableError'))).toBe('busy');
    expect(deviceProblem(new TypeError('no mediaDevices'))).toBe('unsupported');
    expect(deviceProblem('?')).toBe('generic');
  });

  it('tells the socket failing from the server or the browser refusing', () => {
    expect(exchangeProblem(new WsError('timeout', 'slow'))).toBe('timeout');
    expect(exchangeProblem(new WsError('invalidPayload', 'badOffer'))).toBe('rejected');
    expect(exchangeProblem(new WsError('internal', 'oops'))).toBe('generic');
    expect(exchangeProblem(new Error('setRemoteDescription failed'))).toBe('rejected');
  });
});
