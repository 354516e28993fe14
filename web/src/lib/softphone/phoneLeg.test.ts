import { describe, expect, it, vi } from 'vitest';
import { PEER_CONFIG } from '../audioCheck';
import { WsError } from '../ws';
import { fakeDeps } from './fakeMedia';
import { connectFailure, PhoneLeg, PhoneLegError } from './phoneLeg';

const ANSWER = { sdp: 'v=0 answer', lineId: 't-1', extension: '201' };

function setup(request: (type: string, payload: unknown) => Promise<unknown>) {
  const media = fakeDeps();
  const ws = { request: vi.fn(request) };
  const listener = { onRemoteStream: vi.fn(), onPeerState: vi.fn() };
  const leg = new PhoneLeg(ws as never, media.deps, listener);
  return { ...media, ws, listener, leg };
}

describe('the softphone leg', () => {
  it('offers the microphone (sendrecv, BUNDLE, rtcp-mux) with phone.connect and applies the answer', async () => {
    const { mic, pcs, ws, leg } = setup(async () => ANSWER);
    await expect(leg.start(mic.stream)).resolves.toEqual({ lineId: 't-1', extension: '201', resumed: false });
    const pc = pcs[0];
    expect(pc.config).toEqual(PEER_CONFIG);
    expect(pc.transceivers).toEqual([{ track: mic.track, init: { direction: 'sendrecv', streams: [mic.stream] } }]);
    expect(ws.request).toHaveBeenCalledWith('phone.connect', { sdp: 'v=0 offer' });
    expect(pc.remote).toEqual({ type: 'answer', sdp: 'v=0 answer' });
  });

  it('asks for the line it had, and says whether the server gave it back', async () => {
    const { mic, ws, leg } = setup(async () => ({ ...ANSWER, resumed: true }));
    await expect(leg.start(mic.stream, 't-1')).resolves.toEqual({ lineId: 't-1', extension: '201', resumed: true });
    expect(ws.request).toHaveBeenCalledWith('phone.connect', { sdp: 'v=0 offer', lineId: 't-1' });
  });

  it('passes on the remote stream and the peer state', async () => {
    const { mic, pcs, listener, leg } = setup(async () => ANSWER);
    await leg.start(mic.stream);
    const stream = {};
    pcs[0].ontrack?.({ streams: [stream], track: {} });
    pcs[0].goTo('connected');
    expect(listener.onRemoteStream).toHaveBeenCalledWith(stream);
    expect(listener.onPeerState).toHaveBeenCalledWith('connected');
    expect(leg.peerState).toBe('connected');
  });

  it('an account without an extension is a failure for good', async () => {
    const { mic, pcs, leg } = setup(async () => {
      throw new WsError('forbidden', 'This account has no extension');
    });
    const err = await leg.start(mic.stream).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PhoneLegError);
    expect((err as PhoneLegError).failure).toBe('noExtension');
    expect(pcs[0].closed).toBe(true);
  });

  it('a timeout is worth another try; a refused offer or answer is not', async () => {
    expect(connectFailure(new WsError('timeout'))).toBeNull();
    expect(connectFailure(new WsError('disconnected'))).toBeNull();
    expect(connectFailure(new WsError('invalidPayload'))).toBe('rejected');
    const { mic, leg } = setup(async () => ({ ...ANSWER, sdp: 'bad' }));
    await expect(leg.start(mic.stream)).rejects.toMatchObject({ failure: 'rejected' });
  });

  it('a dev phone sends its number and gets it back in place of an extension', async () => {
    const { mic, ws, leg } = setup(async () => ({ sdp: 'v=0 answer', lineId: 'd-1', number: '09012345678' }));
    const info = await leg.start(mic.stream, null, { number: '09012345678' });
    expect(ws.request).toHaveBeenCalledWith('phone.connect', { sdp: 'v=0 offer', number: '09012345678' });
    expect(info).toMatchObject({ lineId: 'd-1', extension: '09012345678', resumed: false });
  });

  it('a dev phone number the server refuses is a failure the user cures with another number', () => {
    expect(connectFailure(new WsError('invalidPayload', 'numberTaken'))).toBe('numberTaken');
    expect(connectFailure(new WsError('invalidPayload', 'invalidNumber'))).toBe('invalidNumber');
    expect(connectFailure(new WsError('invalidPayload', 'companyNumber'))).toBe('companyNumber');
    expect(connectFailure(new WsError('invalidPayload', 'something else'))).toBe('rejected');
  });

  it('stopping while the server answers leaves it be', async () => {
    let answer: (v: unknown) => void = () => {};
    const { mic, pcs, leg } = setup(() => new Promise((resolve) => (answer = resolve)));
    const started = leg.start(mic.stream);
    await vi.waitFor(() => expect(pcs[0].localDescription).not.toBeNull());
    leg.stop();
    answer(ANSWER);
    await expect(started).resolves.toBeNull();
    expect(pcs[0].closed).toBe(true);
    expect(pcs[0].remote).toBeNull();
  });

  it('sends keypad tones when the leg can carry them', async () => {
    const { mic, pcs, leg } = setup(async () => ANSWER);
    expect(leg.sendDtmf('1')).toBe(false);
    await leg.start(mic.stream);
    expect(leg.sendDtmf('5')).toBe(true);
    expect(pcs[0].tones).toEqual(['5']);
    pcs[0].canInsertDTMF = false;
    expect(leg.sendDtmf('6')).toBe(false);
  });

  it('queues keys pressed faster than their tones play after the ones still waiting', async () => {
    const { mic, pcs, leg } = setup(async () => ANSWER);
    await leg.start(mic.stream);
    leg.sendDtmf('*');
    pcs[0].tonesPlayed();
    leg.sendDtmf('2');
    leg.sendDtmf('0');
    leg.sendDtmf('3');
    leg.sendDtmf('#');
    expect(pcs[0].tones).toEqual(['*', '2', '20', '203', '203#']);
  });
});
