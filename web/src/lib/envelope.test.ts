import { describe, expect, it } from 'vitest';
import { decode, encode } from './envelope';

describe('envelope', () => {
  it('encodes a command with id and payload', () => {
    expect(JSON.parse(encode('agent.status.set', { status: 'BREAK' }, 'c-17'))).toEqual({
      v: 1,
      type: 'agent.status.set',
      id: 'c-17',
      payload: { status: 'BREAK' },
    });
  });

  it('leaves out an absent id and payload', () => {
    expect(encode('ping')).toBe('{"v":1,"type":"ping"}');
  });

  it('decodes what it encodes', () => {
    expect(decode(encode('ack', { ok: true }, 'c-1'))).toEqual({ v: 1, type: 'ack', id: 'c-1', payload: { ok: true } });
    expect(decode('{"v":1,"type":"pong"}')).toEqual({ v: 1, type: 'pong' });
  });

  it('refuses anything that is not a version-1 envelope', () => {
    expect(decode('not json')).toBeNull();
    expect(decode('[1,2]')).toBeNull();
    expect(decode('{"v":2,"type":"hello"}')).toBeNull();
    expect(decode('{"v":1}')).toBeNull();
    expect(decode('{"v":1,"type":"ack","id":5}')).toBeNull();
    expect(decode(new ArrayBuffer(4))).toBeNull();
  });
});
