import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WsClient, WsError, type ConnectionState, type SocketLike } from './ws';

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: string[] = [];
  closed = false;
  onopen: ((ev: unknown) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.closed = true;
    this.readyState = 3;
  }
  // what the server does
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  drop() {
    this.readyState = 3;
    this.onclose?.({ code: 1006 });
  }
  push(frame: object) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
  lastFrame() {
    return JSON.parse(this.sent[this.sent.length - 1]);
  }
}

function setup() {
  const sockets: FakeSocket[] = [];
  const states: ConnectionState[] = [];
  const retries: number[] = [];
  const client = new WsClient({
    url: 'ws://example.test/ws',
    createSocket: (url) => {
      const s = new FakeSocket(url);
      sockets.push(s);
      return s;
    },
    requestTimeoutMs: 1000,
    minBackoffMs: 100,
    maxBackoffMs: 1000,
    random: () => 1,
    onRetry: (n) => retries.push(n),
  });
  client.onState((s) => states.push(s));
  client.start();
  return { client, sockets, states, retries, socket: () => sockets[sockets.length - 1] };
}

const status = (accountId: number, s: string) => ({
  accountId,
  login: 'a',
  name: 'A',
  extension: '201',
  status: s,
  changedAt: '2026-01-01T00:00:00Z',
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('WsClient', () => {
  it('connects to the URL and reports its state', () => {
    const { client, socket, states } = setup();
    expect(socket().url).toBe('ws://example.test/ws');
    expect(client.connectionState).toBe('connecting');
    socket().open();
    expect(states).toEqual(['connecting', 'open']);
  });

  it('sends commands as envelopes and resolves each by the ack with its id', async () => {
    const { client, socket } = setup();
    socket().open();
    const first = client.request('agent.status.set', { status: 'BREAK' });
    const firstFrame = socket().lastFrame();
    const second = client.request('agent.status.set', { status: 'OFFLINE' });
    const secondFrame = socket().lastFrame();
    expect(firstFrame).toEqual({ v: 1, type: 'agent.status.set', id: firstFrame.id, payload: { status: 'BREAK' } });
    expect(secondFrame.id).not.toBe(firstFrame.id);

    // answered out of order
    socket().push({ v: 1, type: 'ack', id: secondFrame.id, payload: status(7, 'OFFLINE') });
    socket().push({ v: 1, type: 'ack', id: firstFrame.id, payload: status(7, 'BREAK') });
    await expect(first).resolves.toMatchObject({ status: 'BREAK' });
    await expect(second).resolves.toMatchObject({ status: 'OFFLINE' });
  });

  it('rejects a command answered by an error with its id', async () => {
    const { client, socket } = setup();
    socket().open();
    const p = client.request('agent.status.set', { status: 'BREAK' });
    const { id } = socket().lastFrame();
    socket().push({ v: 1, type: 'error', id, payload: { code: 'invalidPayload', message: 'bad status' } });
    await expect(p).rejects.toMatchObject({ code: 'invalidPayload', message: 'bad status', errors: [] });
  });

  it('keeps the field problems an error carries', async () => {
    const { client, socket } = setup();
    socket().open();
    const p = client.request('video.start', { callId: 'c1', to: '12' });
    const { id } = socket().lastFrame();
    const errors = [{ field: 'to', code: 'invalidFormat' }, { code: 'x' }, 'junk'];
    socket().push({ v: 1, type: 'error', id, payload: { code: 'invalidPayload', message: 'Validation failed', errors } });
    await expect(p).rejects.toMatchObject({
      code: 'invalidPayload',
      errors: [
        { field: 'to', code: 'invalidFormat' },
        { field: null, code: 'x' },
      ],
    });
  });

  it('times out a command nobody answers', async () => {
    const { client, socket } = setup();
    socket().open();
    const p = client.request('ping', undefined);
    const check = expect(p).rejects.toMatchObject({ code: 'timeout' });
    vi.advanceTimersByTime(1001);
    await check;
  });

  it('refuses commands while not connected', async () => {
    const { client } = setup();
    await expect(client.request('ping', undefined)).rejects.toBeInstanceOf(WsError);
  });

  it('delivers typed events to subscribers until they unsubscribe', () => {
    const { client, socket } = setup();
    socket().open();
    const seen: string[] = [];
    const off = client.on('agent.status.changed', (s) => seen.push(s.status));
    socket().push({ v: 1, type: 'agent.status.changed', payload: status(7, 'BREAK') });
    // an ack for nobody's command, a bad frame and another version are ignored
    socket().push({ v: 1, type: 'ack', id: 'c-999', payload: {} });
    socket().onmessage?.({ data: 'garbage' });
    socket().push({ v: 2, type: 'agent.status.changed', payload: status(7, 'OFFLINE') });
    off();
    socket().push({ v: 1, type: 'agent.status.changed', payload: status(7, 'AVAILABLE') });
    expect(seen).toEqual(['BREAK']);
  });

  it('fails pending commands on a drop and reconnects with growing backoff', async () => {
    const { client, sockets, socket, states, retries } = setup();
    socket().open();
    const p = client.request('ping', undefined);
    socket().drop();
    await expect(p).rejects.toMatchObject({ code: 'disconnected' });
    expect(client.connectionState).toBe('reconnecting');

    vi.advanceTimersByTime(99);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2); // 100 ms after the first drop

    socket().drop(); // the retry fails too: now 200 ms
    vi.advanceTimersByTime(199);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(3);
    expect(retries).toEqual([1, 2]);

    socket().open();
    expect(client.connectionState).toBe('open');
    expect(states).toEqual(['connecting', 'open', 'reconnecting', 'open']);

    socket().drop(); // backoff starts over after a success
    vi.advanceTimersByTime(100);
    expect(sockets).toHaveLength(4);
  });

  it('stops for good on stop()', () => {
    const { client, sockets, socket } = setup();
    socket().open();
    client.stop();
    expect(sockets[0].closed).toBe(true);
    expect(client.connectionState).toBe('closed');
    vi.advanceTimersByTime(10000);
    expect(sockets).toHaveLength(1);
  });
});
