import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MediaDeps } from '../audioCheck';
import { WsError } from '../ws';
import { fakeDeps } from './fakeMedia';
import { PhoneLineKeeper, type LineEvent, type LineSnapshot } from './lineKeeper';

const ANSWER = { sdp: 'v=0 answer', lineId: 't-1', extension: '201' };

function setup(opts: { request?: (type: string) => Promise<unknown>; getUserMedia?: MediaDeps['getUserMedia'] } = {}) {
  const media = fakeDeps(opts.getUserMedia);
  const ws = { request: vi.fn(opts.request ?? (async () => ANSWER)) };
  const states: LineSnapshot[] = [];
  const events: LineEvent[] = [];
  const keeper = new PhoneLineKeeper(ws as never, media.deps, (s) => states.push(s), {
    retryMinMs: 1000,
    retryMaxMs: 8000,
    graceMs: 2000,
    stableMs: 10000,
    now: Date.now,
    onLine: (e) => events.push(e),
  });
  const lastPc = () => media.pcs[media.pcs.length - 1];
  return { ...media, ws, keeper, states, events, lastPc, state: () => keeper.snapshot.state };
}

/** Lets the promises of getUserMedia, the offer and the answer settle. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('keeping the line up', () => {
  it('connects once the socket is open and is "connected" when the server says so', async () => {
    const { keeper, ws, state, lastPc, gumCalls } = setup();
    expect(state()).toBe('connecting');
    keeper.socketOpened();
    await settle();
    expect(gumCalls()).toBe(1);
    expect(ws.request).toHaveBeenCalledWith('phone.connect', { sdp: 'v=0 offer' });
    expect(lastPc().remote).toEqual({ type: 'answer', sdp: 'v=0 answer' });
    expect(keeper.snapshot.extension).toBe('201');
    expect(state()).toBe('connecting');
    keeper.legEvent('connected');
    expect(state()).toBe('connected');
  });

  it('is also "connected" when the browser says so', async () => {
    const { keeper, state, lastPc } = setup();
    keeper.socketOpened();
    await settle();
    lastPc().goTo('connected');
    expect(state()).toBe('connected');
  });

  it('reconnects when the server closes the leg, saying "reconnecting", and keeps the microphone', async () => {
    const { keeper, state, pcs, gumCalls } = setup();
    keeper.socketOpened();
    await settle();
    keeper.legEvent('connected');
    await vi.advanceTimersByTimeAsync(5000);
    keeper.legEvent('closed');
    expect(state()).toBe('reconnecting');
    expect(pcs[0].closed).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(pcs).toHaveLength(2);
    keeper.legEvent('connected');
    expect(state()).toBe('connected');
    expect(gumCalls()).toBe(1);
  });

  it('reconnects when the peer connection fails', async () => {
    const { keeper, state, pcs } = setup();
    keeper.socketOpened();
    await settle();
    pcs[0].goTo('connected');
    pcs[0].goTo('failed');
    expect(state()).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(1000);
    expect(pcs).toHaveLength(2);
  });

  it('ignores leg events while connecting and right after an answer (they are about the replaced leg)', async () => {
    let answer: (v: unknown) => void = () => {};
    const { keeper, state, pcs } = setup({ request: () => new Promise((r) => (answer = r)) });
    keeper.socketOpened();
    await settle();
    keeper.legEvent('closed');
    expect(state()).toBe('connecting');
    answer(ANSWER);
    await settle();
    keeper.legEvent('closed');
    expect(pcs).toHaveLength(1);
    expect(pcs[0].closed).toBe(false);
    keeper.legEvent('connected');
    expect(state()).toBe('connected');
  });

  it('starts again after the socket comes back', async () => {
    const { keeper, state, pcs, ws } = setup();
    keeper.socketOpened();
    await settle();
    keeper.legEvent('connected');
    keeper.socketClosed();
    expect(state()).toBe('reconnecting');
    expect(pcs[0].closed).toBe(true);
    keeper.socketOpened();
    await settle();
    expect(ws.request).toHaveBeenCalledTimes(2);
    keeper.legEvent('connected');
    expect(state()).toBe('connected');
  });

  it('names the line it had in the next phone.connect, and tells whether the server gave it back', async () => {
    let resumed = false;
    const { keeper, ws, events } = setup({ request: async () => ({ ...ANSWER, resumed }) });
    keeper.socketOpened();
    await settle();
    expect(ws.request).toHaveBeenLastCalledWith('phone.connect', { sdp: 'v=0 offer' });
    expect(events).toEqual(['replaced']);
    keeper.legEvent('connected');
    keeper.socketClosed();
    expect(events).toEqual(['replaced', 'dropped']);
    resumed = true;
    keeper.socketOpened();
    await settle();
    expect(ws.request).toHaveBeenLastCalledWith('phone.connect', { sdp: 'v=0 offer', lineId: 't-1' });
    expect(events).toEqual(['replaced', 'dropped', 'resumed']);
  });

  it('asks for the line again after the leg alone dropped, and takes a new line when the server gives one', async () => {
    let lineId = 't-1';
    const { keeper, ws, events } = setup({ request: async () => ({ ...ANSWER, lineId }) });
    keeper.socketOpened();
    await settle();
    keeper.legEvent('connected');
    await vi.advanceTimersByTimeAsync(5000);
    lineId = 't-2';
    keeper.legEvent('failed');
    expect(events).toEqual(['replaced', 'dropped']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(ws.request).toHaveBeenLastCalledWith('phone.connect', { sdp: 'v=0 offer', lineId: 't-1' });
    expect(events).toEqual(['replaced', 'dropped', 'replaced']);
    keeper.legEvent('connected');
    await vi.advanceTimersByTimeAsync(5000);
    keeper.legEvent('closed');
    await vi.advanceTimersByTimeAsync(2000); // the second try in a row waits longer
    expect(ws.request).toHaveBeenLastCalledWith('phone.connect', { sdp: 'v=0 offer', lineId: 't-2' });
  });

  it('tries again with a growing delay after passing failures', async () => {
    const { keeper, ws, state } = setup({
      request: async () => {
        throw new WsError('timeout');
      },
    });
    keeper.socketOpened();
    await settle();
    expect(ws.request).toHaveBeenCalledTimes(1);
    expect(state()).toBe('connecting');
    await vi.advanceTimersByTimeAsync(1000);
    expect(ws.request).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(ws.request).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(ws.request).toHaveBeenCalledTimes(3);
  });

  it('stops trying when the microphone is refused, and tries again on reload', async () => {
    let allow = false;
    const { keeper, state, ws, mic } = setup({
      getUserMedia: async () => {
        if (!allow) throw new DOMException('denied', 'NotAllowedError');
        return mic.stream;
      },
    });
    keeper.socketOpened();
    await settle();
    expect(state()).toBe('failed');
    expect(keeper.snapshot.failure).toBe('micDenied');
    await vi.advanceTimersByTimeAsync(60000);
    expect(ws.request).not.toHaveBeenCalled();
    allow = true;
    keeper.reload();
    await settle();
    expect(ws.request).toHaveBeenCalledTimes(1);
    expect(keeper.snapshot.failure).toBeNull();
  });

  it('an account without an extension fails for good', async () => {
    const { keeper, events } = setup({
      request: async () => {
        throw new WsError('forbidden');
      },
    });
    keeper.socketOpened();
    await settle();
    expect(keeper.snapshot).toMatchObject({ state: 'failed', failure: 'noExtension' });
    expect(events).toEqual(['failed']);
  });

  it('mutes the microphone track and lets it go on stop', async () => {
    const { keeper, mic } = setup();
    keeper.socketOpened();
    await settle();
    keeper.setMicEnabled(false);
    expect(mic.track.enabled).toBe(false);
    keeper.setMicEnabled(true);
    expect(mic.track.enabled).toBe(true);
    keeper.stop();
    expect(mic.track.readyState).toBe('ended');
  });
});
